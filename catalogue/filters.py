"""The public product list's filters, sort orders and the chips that show what is applied.

Everything travels in the query string of a GET form, so a filtered list is a link that works without
JavaScript and can be shared. A filter a buyer typed wrong (a price of "abc", a category that does not
exist) never breaks the page: the form says so next to the field and the list ignores that one filter,
keeping everything else as typed.

The options of the form (categories, crafts, districts, ODOP tags, materials, exchange rates) change a
few times a year, yet every visit needs them: they are read together, cached for a few minutes and
forgotten as soon as one of them is saved or deleted (catalogue/signals.py), so a warm list costs no
query for them (DESIGN.md §7).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from html import escape as escape_html

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, F, Model, OuterRef, Q, QuerySet
from django.forms.utils import flatatt
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from catalogue.forms import GROUPED, BoundsMixin, QuickTextInput, WholeNumberField
from catalogue.models import Category, ExchangeRate, Material, Product
from catalogue.templatetags.catalogue import money
from multilingual.fields import Translated, language_codes, translated
from producers.models import Craft, District, OdopTag, Producer

# The cache holds a pickled FilterOptions: change the version with the class, or a shared cache would
# hand the new code an object of the old shape until it expires.
FILTER_OPTIONS_KEY = "catalogue:list-filter-options:1"
# Saving or deleting an option forgets them at once; the timeout only bounds what a bulk update (which
# sends no signal) or another process's memory cache can leave behind.
FILTER_OPTIONS_SECONDS = 300


class FilterOptions:
    """What the filters offer, read together and cached as one: a query for each kind when cold, none
    when warm. Lookups by slug, the category tree and the form's choices in each language are worked out
    here once, in Python, rather than on every visit."""

    def __init__(self, *, on: dt.date) -> None:
        self.on = on
        self.categories: list[Category] = list(Category.objects.order_by("position", "slug"))
        self.crafts: list[Craft] = list(Craft.objects.all())
        self.districts: list[District] = list(District.objects.order_by("code"))
        self.odop_tags: list[OdopTag] = list(OdopTag.objects.order_by("district__code", "slug"))
        self.materials: list[Material] = list(Material.objects.all())
        self.rates: dict[str, ExchangeRate] = ExchangeRate.objects.latest_by_currency(on=on)
        self.by_slug: dict[str, dict[str, Model]] = {
            "category": {category.slug: category for category in self.categories},
            "craft": {craft.slug: craft for craft in self.crafts},
            "district": {district.slug: district for district in self.districts},
            "odop": {tag.slug: tag for tag in self.odop_tags},
            "material": {material.slug: material for material in self.materials},
        }
        self.choices = {code: self.choices_in(code) for code in language_codes()}

    def choices_in(self, language: str) -> dict[str, list[tuple[str, str]]]:
        """{field: [(slug, name), …]} with the names in `language` (or their fallback)."""

        def name(obj: Model) -> str:
            return str(translated(obj, "name", language))

        # Subcategories under their parent, marked: a buyer sees the tree in a flat list.
        categories = []
        for top in self.top_categories:
            categories.append((top.slug, name(top)))
            categories += [(child.slug, f"– {name(child)}") for child in self.children(top)]
        return {
            "category": categories,
            **{
                field: [(slug, name(obj)) for slug, obj in self.by_slug[field].items()]
                for field in ("craft", "district", "odop", "material")
            },
        }

    @cached_property
    def top_categories(self) -> list[Category]:
        return [category for category in self.categories if category.parent_id is None]

    def children(self, category: Category) -> list[Category]:
        return [child for child in self.categories if child.parent_id == category.pk]

    def category_ids(self, category: Category) -> list[int]:
        """The category and its subcategories: a top-level category includes its children."""
        return [category.pk, *(child.pk for child in self.children(category))]

    def top_of(self, category: Category) -> Category:
        """The top-level category a category is in (itself when it is one)."""
        return next((c for c in self.categories if c.pk == category.parent_id), category)

    def craft_of(self, category: Category) -> int | None:
        """A category's craft, or its parent's: bags and pouches are weaving because textiles are."""
        return category.craft_id or self.top_of(category).craft_id

    def categories_by_craft(self, craft: Craft) -> tuple[list[int], list[int]]:
        """(ids of the categories of this craft, ids of the categories that belong to no craft)."""
        crafts = {category.pk: self.craft_of(category) for category in self.categories}
        return (
            [pk for pk, craft_id in crafts.items() if craft_id == craft.pk],
            [pk for pk, craft_id in crafts.items() if craft_id is None],
        )


def filter_options() -> FilterOptions:
    """The filter options of today, from the cache when they are there (see FILTER_OPTIONS_SECONDS)."""
    today = timezone.localdate()
    options = cache.get(FILTER_OPTIONS_KEY)
    # A rate set for a later date applies from that date: yesterday's options do not know it yet.
    if options is None or options.on != today:
        options = FilterOptions(on=today)
        cache.set(FILTER_OPTIONS_KEY, options, FILTER_OPTIONS_SECONDS)
    return options


def buyer_rate(language: str, rates: dict[str, ExchangeRate] | None = None) -> ExchangeRate | None:
    """The association's rate for the currency a reader of `language` thinks in (yen on the Japanese
    pages, dollars on the English ones), for approximate prices on product cards; None in kip.

    `rates` defaults to the cached options' rates: no query once they are cached."""
    currency = CURRENCY_BY_LANGUAGE.get(language.split("-")[0], "LAK")
    if currency == "LAK":
        return None
    return (filter_options().rates if rates is None else rates).get(currency)


def forget_filter_options() -> None:
    cache.delete(FILTER_OPTIONS_KEY)


def keyword_condition(text: str) -> Q:
    """Products whose title, in any of its languages, or whose maker's name contains `text`.

    A stopgap: case-insensitive containment only (no normalisation of Japanese kana or full-width forms,
    no glossary, a full scan). The search issue replaces this function with the search index.
    """
    condition = Q()
    for model, field, prefix in ((Product, "title", ""), (Producer, "name", "producer__")):
        columns = sorted(column.name for column in translator.get_options_for_model(model).all_fields[field])
        for column in columns:
            condition |= Q(**{f"{prefix}{column}__icontains": text})
    return condition


# The currency a buyer most likely thinks in, by the page's language; prices in the form are in it.
CURRENCY_BY_LANGUAGE = {"ja": "JPY", "en": "USD", "lo": "LAK"}
CURRENCY_CHOICES = [
    ("LAK", Product.Currency.LAK.label),
    ("JPY", Product.Currency.JPY.label),
    ("USD", Product.Currency.USD.label),
]
SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("price", _("Price: low to high")),
    ("-price", _("Price: high to low")),
    ("moq", _("Smallest minimum order first")),
    ("lead", _("Shortest lead time first")),
]
# Ties are broken by id, so a page never shows a product twice or skips one.
SORT_ORDERS = {
    "newest": ("-published_at", "-id"),
    "price": ("price_lak", "id"),
    "-price": ("-price_lak", "-id"),
    "moq": ("min_order_qty", "price_lak", "id"),
    # A product without a lead time comes last: a buyer who sorts by it wants to know.
    "lead": (F("lead_time_days").asc(nulls_last=True), "id"),
}
MAX_PRICE = Decimal(10**12)  # above any piece of handicraft in any currency: only a typo is refused
MAX_MIN_ORDER = 1_000_000
MAX_LEAD_DAYS = 3650
KEYWORD_LENGTH = 100
INVALID_CHOICE = _("“%(value)s” is not one of the choices, so it is not used.")


def plain_number(value) -> str:
    """A number as typed on any keyboard: full-width digits and commas from a Japanese input method
    (５，０００) read as 5,000; thousands separators ("5,000", "5 000") are dropped."""
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    if GROUPED.match(text):
        text = re.sub(r"[.,  ]", "", text)
    return text


class PriceField(BoundsMixin, forms.DecimalField):
    default_error_messages = {"invalid": _("Write a price with digits, for example 3300 or 12.50.")}
    widget = QuickTextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, **kwargs) -> None:
        super().__init__(highest=MAX_PRICE, **kwargs)

    def to_python(self, value):
        return super().to_python(plain_number(value))


class CountField(WholeNumberField):
    default_error_messages = {"invalid": _("Write a whole number with digits, for example 30.")}

    def to_python(self, value):
        return super().to_python(plain_number(value))


class QuickSelect(forms.Select):
    """A <select> written in Python. Django renders each <option> with a template of its own: several
    milliseconds for the hundred options of the filters, on every visit to the list."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        chosen = set(self.format_value(value))
        options = "".join(
            f'<option value="{escape_html(str(key))}"{" selected" if str(key) in chosen else ""}>'
            f"{escape_html(str(label))}</option>"
            for key, label in self.choices
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            mark_safe(options),
        )


class OptionField(forms.ChoiceField):
    """A choice among the cached options, by slug; the choices are set by the form."""

    default_error_messages = {"invalid_choice": INVALID_CHOICE}
    widget = QuickSelect

    def __init__(self, **kwargs) -> None:
        super().__init__(required=False, **kwargs)


@dataclass(frozen=True)
class Chip:
    """An applied filter above the results: what it is, and the list's URL without it."""

    label: Translated | str
    url: str


class ProductFilterForm(forms.Form):
    """The list's filters. Bound to request.GET; each field that does not validate is left out of the
    filtering with its message, the others still apply."""

    q = forms.CharField(
        label=_("Keyword"),
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "maxlength": KEYWORD_LENGTH, "enterkeyhint": "search"}
        ),
    )
    category = OptionField(label=_("Category"))
    craft = OptionField(label=_("Craft"))
    district = OptionField(label=_("District"))
    odop = OptionField(label=_("ODOP product"))
    material = OptionField(label=_("Material"))
    price_min = PriceField(label=_("Lowest price"), required=False)
    price_max = PriceField(label=_("Highest price"), required=False)
    cur = OptionField(label=_("Currency"), choices=CURRENCY_CHOICES)
    moq_max = CountField(
        label=_("Minimum order up to (pieces)"), required=False, lowest=1, highest=MAX_MIN_ORDER
    )
    lead_max = CountField(label=_("Ready within (days)"), required=False, highest=MAX_LEAD_DAYS)
    samples = forms.BooleanField(label=_("Samples available"), required=False)
    customisable = forms.BooleanField(label=_("Customisation possible"), required=False)
    verified = forms.BooleanField(label=_("Verified producers only"), required=False)
    sort = OptionField(label=_("Sort by"), choices=SORT_CHOICES)

    # An unknown value of these names a page that does not exist (an old link to a renamed category):
    # the list still shows, with its message, but answers 404 so that search engines drop the address.
    PAGE_FIELDS = ("category", "craft")
    OPTION_FIELDS = ("category", "craft", "district", "odop", "material")

    def __init__(self, data: QueryDict, *, options: FilterOptions, language: str) -> None:
        language = language.split("-")[0]
        data = data.copy()
        self.default_currency = CURRENCY_BY_LANGUAGE.get(language, "LAK")
        # Shown as selected when the query string does not say: the buyer's currency, the newest first.
        if not data.get("cur"):
            data["cur"] = self.default_currency
        if not data.get("sort"):
            data["sort"] = "newest"
        super().__init__(data, label_suffix="")
        self.options = options
        choices = options.choices.get(language) or options.choices[settings.LANGUAGE_CODE]
        for name, everything in (
            ("category", _("All categories")),
            ("craft", _("All crafts")),
            ("district", _("All districts")),
            ("odop", _("All ODOP products")),
            ("material", _("All materials")),
        ):
            self.fields[name].choices = [("", everything), *choices[name]]
        # The buyer's currency first: it is also what a select shows when the query string names another.
        self.fields["cur"].choices = sorted(
            CURRENCY_CHOICES, key=lambda choice: choice[0] != self.default_currency
        )

    def clean_q(self) -> str:
        # Longer than any product title: cut, not refused, so that a pasted sentence still finds.
        return " ".join(self.cleaned_data["q"].split())[:KEYWORD_LENGTH]

    def clean(self) -> dict:
        data = super().clean()
        low, high = data.get("price_min"), data.get("price_max")
        if low is not None and high is not None and high < low:
            self.add_error("price_max", _("The highest price is below the lowest, so it is not used."))
        return data

    @cached_property
    def applied(self) -> dict:
        """The filters that validated, with options as objects: {"category": <Category>, "q": "silk", …}."""
        self.is_valid()
        # 0 is a filter ("ready within 0 days": in stock); an empty box or an unticked box is none.
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in ("", None) and value is not False
        }
        for name in self.OPTION_FIELDS:
            if name in data:
                data[name] = self.options.by_slug[name][data[name]]
        return data

    @property
    def selected_category(self) -> Category | None:
        return self.applied.get("category")

    @property
    def names_missing_page(self) -> bool:
        return any(name in self.errors for name in self.PAGE_FIELDS)

    @cached_property
    def currency(self) -> str:
        """The currency the typed prices are in."""
        return self.applied.get("cur", self.default_currency)

    @cached_property
    def missing_rate(self) -> str | None:
        """The buyer's currency when prices were typed in it and the association has set no rate for it:
        the prices are then read as kip, and the page says so."""
        has_price = "price_min" in self.applied or "price_max" in self.applied
        if has_price and self.currency != "LAK" and self.currency not in self.options.rates:
            return self.currency
        return None

    @property
    def price_currency(self) -> str:
        return "LAK" if self.missing_rate else self.currency

    def in_kip(self, amount: Decimal) -> Decimal:
        if self.price_currency == "LAK":
            return amount
        return amount * self.options.rates[self.price_currency].rate_to_lak

    def filter(self, products: QuerySet[Product]) -> QuerySet[Product]:
        """`products` narrowed by every filter that validated, in the chosen order."""
        applied = self.applied
        if text := applied.get("q"):
            products = products.filter(keyword_condition(text))
        if category := applied.get("category"):
            products = products.filter(category_id__in=self.options.category_ids(category))
        if craft := applied.get("craft"):
            products = products.filter(self.craft_condition(craft))
        if district := applied.get("district"):
            products = products.filter(producer__district_id=district.pk)
        if tag := applied.get("odop"):
            tagged = Producer.odop_tags.through.objects.filter(
                producer_id=OuterRef("producer_id"), odoptag=tag
            )
            products = products.filter(Exists(tagged))
        if material := applied.get("material"):
            made_of = Product.materials.through.objects.filter(product_id=OuterRef("pk"), material=material)
            products = products.filter(Exists(made_of))
        # Whole kip: at least the lowest price, at most the highest, whatever the rate's decimals.
        if "price_min" in applied:
            products = products.filter(price_lak__gte=math.ceil(self.in_kip(applied["price_min"])))
        if "price_max" in applied:
            products = products.filter(price_lak__lte=math.floor(self.in_kip(applied["price_max"])))
        if "moq_max" in applied:
            products = products.filter(min_order_qty__lte=applied["moq_max"])
        if "lead_max" in applied:
            products = products.filter(lead_time_days__lte=applied["lead_max"])
        if applied.get("samples"):
            products = products.filter(sample_available=True)
        if applied.get("customisable"):
            products = products.filter(customisable=True)
        if applied.get("verified"):
            products = products.filter(producer__verified_at__isnull=False)
        return products.order_by(*SORT_ORDERS[applied.get("sort", "newest")])

    def craft_condition(self, craft: Craft) -> Q:
        """Products of a craft: by their category's craft (a basket is bamboo work whoever makes it); a
        product in a category of no particular craft (tableware) by the crafts its maker practises."""
        of_craft, craftless = self.options.categories_by_craft(craft)
        condition = Q(category_id__in=of_craft)
        if craftless:
            practised = Producer.crafts.through.objects.filter(
                producer_id=OuterRef("producer_id"), craft=craft
            )
            condition |= Q(category_id__in=craftless) & Q(Exists(practised))
        return condition

    def chips(self, path: str, query: QueryDict) -> list[Chip]:
        """One chip per applied filter, in the form's order, each a link to `path` with `query` less it."""
        chips = []
        for name, value in self.applied.items():
            if name == "q":
                label = gettext("Keyword: %(text)s") % {"text": value}
            elif name in self.OPTION_FIELDS:
                label = translated(value, "name")
            elif name == "price_min":
                label = gettext("From %(price)s") % {"price": money(value, self.price_currency)}
            elif name == "price_max":
                label = gettext("Up to %(price)s") % {"price": money(value, self.price_currency)}
            elif name == "moq_max":
                label = ngettext(
                    "Minimum order up to %(count)s piece", "Minimum order up to %(count)s pieces", value
                ) % {"count": value}
            elif name == "lead_max":
                label = ngettext("Ready within %(days)s day", "Ready within %(days)s days", value) % {
                    "days": value
                }
            elif name in ("samples", "customisable", "verified"):
                label = self.fields[name].label
            else:  # the currency and the order are not filters
                continue
            chips.append(Chip(label=label, url=url_without(path, query, name)))
        return chips


def list_query(params: QueryDict) -> QueryDict:
    """The list's query string as links should carry it: without empty fields (a submitted GET form
    sends them all) and without the page number (another filter starts again at page 1)."""
    query = QueryDict(mutable=True)
    for key, values in params.lists():
        if key != "page" and (kept := [value for value in values if value.strip()]):
            query.setlist(key, kept)
    return query


def url_without(path: str, query: QueryDict, *names: str) -> str:
    rest = query.copy()
    for name in names:
        rest.pop(name, None)
    return f"{path}?{rest.urlencode()}" if rest else path
