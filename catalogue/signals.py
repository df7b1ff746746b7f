"""Cache invalidation for the product list's filter options (catalogue/filters.py).

Only forgetting a cached value lives here: a moderator who renames a category or sets today's yen rate
sees it on the list at once instead of after the cache's few minutes.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from catalogue.filters import forget_filter_options
from catalogue.models import Category, ExchangeRate, Material
from producers.models import Craft, District, OdopTag

FILTER_OPTION_MODELS = (Category, Material, ExchangeRate, Craft, District, OdopTag)


def _forget(sender, **kwargs) -> None:
    forget_filter_options()


def connect() -> None:
    for model in FILTER_OPTION_MODELS:
        for signal in (post_save, post_delete):
            signal.connect(
                _forget, sender=model, dispatch_uid=f"catalogue-filter-options-{model._meta.label}"
            )
