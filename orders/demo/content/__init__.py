"""Everything the demo loads, gathered from the modules that each write one part of it."""

from __future__ import annotations

from . import bamboo_food, paper_clay_metal, textiles
from .inquiries import INQUIRIES
from .producers import DEMO_ACCOUNTS, DEMO_ARTISAN_PHONE, MODERATOR_EMAIL, PASSWORD, PRODUCERS
from .reference import CATEGORIES, EXCHANGE_RATES, MATERIALS, ODOP_TAGS

PRODUCTS: list[dict] = [*textiles.PRODUCTS, *paper_clay_metal.PRODUCTS, *bamboo_food.PRODUCTS]

__all__ = [
    "CATEGORIES",
    "DEMO_ACCOUNTS",
    "DEMO_ARTISAN_PHONE",
    "EXCHANGE_RATES",
    "INQUIRIES",
    "MATERIALS",
    "MODERATOR_EMAIL",
    "ODOP_TAGS",
    "PASSWORD",
    "PRODUCERS",
    "PRODUCTS",
]
