"""The maker's product form: short on a phone, essentials first, B2B details second.

The form only validates; catalogue/services.py writes (a published product's edit waits for review, so
the form never saves the instance itself). Text is written in the interface language; the product's
other languages are optional and shown apart. Numbers accept what people type on a phone: "450,000",
"450 000" or Lao digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.forms import BoundField
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from catalogue.models import Category, Material, Product
from catalogue.services import PLAIN_FIELDS, TRANSLATED_FIELDS, editable_fields
from multilingual.fields import language_codes, translated

# Sensible limits: a typo of three extra zeros is caught, a real order is never refused.
MAX_PRICE_LAK = 1_000_000_000  # about 45,000 US dollars for one piece
MAX_QUANTITY = 100_000
MAX_LEAD_TIME_DAYS = 730
MAX_SIZE_CM = Decimal(10_000)  # a 100 m roll of cloth
MAX_WEIGHT_G = 1_000_000  # one tonne

# Thousands separators people type: commas, dots between groups of three, spaces (also narrow ones).
GROUPED = re.compile(r"^\d{1,3}([.,  ]\d{3})+$")


def grouped(number: int | Decimal) -> str:
    return formats.number_format(number, use_l10n=True, force_grouping=True)


class QuickTextInput(forms.TextInput):
    """A text <input> written in Python, the same HTML as Django's. Django renders each input through two
    templates (about half a millisecond); the inquiry form has two per product of the maker."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        value = self.format_value(value)
        return format_html(
            '<input type="{}" name="{}"{}{}>',
            self.input_type,
            name,
            format_html(' value="{}"', value) if value is not None else "",
            html_attributes(self.build_attrs(self.attrs, attrs)),
        )


def html_attributes(attrs: dict[str, Any]) -> SafeString:
    """Attributes in their order, as Django's attrs.html writes them: True bare, False left out."""
    return mark_safe(
        "".join(
            format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value)
            for name, value in attrs.items()
            if value is not False
        )
    )


class BoundsMixin:
    """Lowest and highest values, checked with messages that show the limit as people write it."""

    default_error_messages = {
        "negative": _("This cannot be a negative number."),
        "too_low": _("This must be at least %(lowest)s."),
        "too_high": _("This cannot be more than %(highest)s. Please check the number."),
    }

    def __init__(self, *, lowest: int | Decimal = 0, highest: int | Decimal, **kwargs) -> None:
        self.lowest, self.highest = lowest, highest
        super().__init__(**kwargs)

    def validate(self, value) -> None:
        super().validate(value)
        if value in self.empty_values:
            return
        if value < 0 and self.lowest == 0:
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        if value < self.lowest:
            raise forms.ValidationError(
                self.error_messages["too_low"], code="too_low", params={"lowest": grouped(self.lowest)}
            )
        if value > self.highest:
            raise forms.ValidationError(
                self.error_messages["too_high"], code="too_high", params={"highest": grouped(self.highest)}
            )


class WholeNumberField(BoundsMixin, forms.IntegerField):
    """A count or a kip amount; "450,000", "450 000" and Lao digits (໔໕໐໐໐໐) all read as 450000."""

    default_error_messages = {"invalid": _("Write a whole number with digits only, for example 450000.")}
    widget = QuickTextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})

    def to_python(self, value):
        text = str(value or "").strip()
        if GROUPED.match(text):
            text = re.sub(r"[.,  ]", "", text)
        return super().to_python(text)


class MeasureField(BoundsMixin, forms.DecimalField):
    """A size in centimetres; "30,5" reads as 30.5."""

    default_error_messages = {"invalid": _("Write a number, for example 30 or 30.5.")}
    widget = QuickTextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def to_python(self, value):
        text = str(value or "").strip()
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        return super().to_python(text)


class CategoryField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return str(translated(obj, "name"))


class MaterialsField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Material) -> str:
        return str(translated(obj, "name"))


# Why a Japanese buyer asks: the help text is what makes a maker fill a field in.
HELP = {
    "title": _("The name a buyer reads first, for example: Indigo silk scarf with naga pattern."),
    "description": _("What it is, how you make it, what makes it special."),
    "materials": _("Tick every material used. Buyers search by material."),
    "colours": _("For example: indigo blue, natural white."),
    "price_lak": _("Price of one piece in kip."),
    "min_order_qty": _(
        "The fewest pieces you accept in one order. Importers compare it with what their shop can sell."
    ),
    "lead_time_days": _(
        "Japanese importers plan orders months ahead: tell them how many days you need from a confirmed "
        "order until the goods are ready to ship."
    ),
    "monthly_capacity": _(
        "How many pieces you can make in a month. A buyer checks that a large order can be made in time."
    ),
    "wholesale_price": _(
        "Price per piece for an order of the minimum quantity, if lower than the unit price."
    ),
    "sample_available": _(
        "Buyers almost always order one sample first, to check quality and colour before a large order."
    ),
    "sample_price_lak": _("What one sample costs in kip, without shipping."),
    "customisable": _(
        "Can you change colours or sizes, or sew in the shop's label? Many shops want something only "
        "they sell."
    ),
    "customisation_notes": _("For example: colours, sizes, labels."),
    "length_cm": _("In centimetres. Buyers need the size for their shop and to work out shipping."),
    "weight_g": _(
        "Weight of one piece in grams, with its packing if you can. Shipping to Japan is paid by weight."
    ),
    "hs_code": _(
        "The customs number of the product (6 to 10 digits). Leave it empty if you do not know it: the "
        "association can help."
    ),
    "trade_term": _(
        "Where the goods become the buyer's responsibility. Laos has no sea port, so FCA or DAP usually "
        "fit better than FOB."
    ),
    "trade_term_place": _("For example: Luang Prabang, or Vientiane airport."),
    "techniques": _("For example: hand-woven ikat (mat mii), natural dyes."),
    "care_instructions": _("How to wash and keep it. Shops in Japan must print care labels for textiles."),
}

# The two steps, and groups of the second. Translated fields are named without a language here.
ESSENTIALS = (
    "title",
    "category",
    "description",
    "materials",
    "material_details",
    "colours",
    "price_lak",
    "availability",
)
DETAIL_GROUPS = (
    (
        _("Orders"),
        ("min_order_qty", "lead_time_days", "monthly_capacity", "wholesale_price", "wholesale_currency"),
    ),
    (
        _("Samples and custom orders"),
        ("sample_available", "sample_price_lak", "customisable", "customisation_notes"),
    ),
    (_("Size and weight"), ("length_cm", "width_cm", "height_cm", "weight_g")),
    (_("Export"), ("hs_code", "trade_term", "trade_term_place")),
    (_("Making and care"), ("techniques", "care_instructions")),
)


@dataclass
class LanguageGroup:
    """The fields of one language the maker may also fill in, shown together under <details>."""

    code: str
    name: str
    fields: list[BoundField]


@dataclass
class FieldGroup:
    legend: str
    fields: list[BoundField]


class ProductForm(forms.ModelForm):
    """Every field a maker sets on a product; `language` is the interface language she writes in."""

    price_lak = WholeNumberField(lowest=1, highest=MAX_PRICE_LAK)
    min_order_qty = WholeNumberField(lowest=1, highest=MAX_QUANTITY, initial=1)
    lead_time_days = WholeNumberField(highest=MAX_LEAD_TIME_DAYS, required=False)
    monthly_capacity = WholeNumberField(lowest=1, highest=MAX_QUANTITY, required=False)
    sample_price_lak = WholeNumberField(highest=MAX_PRICE_LAK, required=False)
    weight_g = WholeNumberField(lowest=1, highest=MAX_WEIGHT_G, required=False)
    wholesale_price = MeasureField(
        lowest=Decimal("0.01"), highest=MAX_PRICE_LAK, max_digits=14, decimal_places=2, required=False
    )
    length_cm = MeasureField(
        lowest=Decimal("0.1"), highest=MAX_SIZE_CM, max_digits=7, decimal_places=1, required=False
    )
    width_cm = MeasureField(
        lowest=Decimal("0.1"), highest=MAX_SIZE_CM, max_digits=7, decimal_places=1, required=False
    )
    height_cm = MeasureField(
        lowest=Decimal("0.1"), highest=MAX_SIZE_CM, max_digits=7, decimal_places=1, required=False
    )

    class Meta:
        model = Product
        fields = editable_fields()
        widgets = {
            "availability": forms.RadioSelect,
            "hs_code": forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        }

    def __init__(self, *args, language: str, **kwargs) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.language = language
        self.field_setup()
        # The interface language, and the language the product was written in when it differs: a
        # maker editing in English a product written in Lao sees her Lao text, not empty boxes.
        original = self.instance.original_language if self.instance.pk else language
        self.main_languages = [language] + ([original] if original != language else [])
        self.other_languages = [code for code in language_codes() if code not in self.main_languages]

    def field_setup(self) -> None:
        names = dict(settings.LANGUAGES)
        for name in TRANSLATED_FIELDS:
            label = capfirst(Product._meta.get_field(name).verbose_name)
            for code in language_codes():
                field = self.fields[build_localized_fieldname(name, code)]
                field.required = False
                field.help_text = HELP.get(name, "") if code == self.language else ""
                field.label = (
                    label
                    if code == self.language
                    else _("%(field)s (%(language)s)")
                    % {
                        "field": label,
                        "language": names[code],
                    }
                )
                field.widget.attrs["lang"] = code
                if isinstance(field.widget, forms.Textarea):
                    field.widget.attrs["rows"] = 4
        for name in PLAIN_FIELDS:
            # Fields declared on this form (the number fields) do not take the model's label by themselves.
            self.fields[name].label = capfirst(Product._meta.get_field(name).verbose_name)
            self.fields[name].help_text = HELP.get(name, "")
        categories = list(Category.objects.order_by("position", "slug"))
        self.fields["category"] = CategoryField(
            queryset=Category.objects.filter(children__isnull=True),
            label=capfirst(Product._meta.get_field("category").verbose_name),
            empty_label=_("Choose a category"),
        )
        self.fields["category"].choices = category_choices(categories)
        self.fields["materials"] = MaterialsField(
            queryset=Material.objects.all(),
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=capfirst(Product._meta.get_field("materials").verbose_name),
            help_text=HELP["materials"],
        )
        # No empty choice: kip unless she says otherwise; without a wholesale price it is not stored.
        self.fields["wholesale_currency"].choices = Product.Currency.choices
        if not self.initial.get("wholesale_currency"):
            self.initial["wholesale_currency"] = Product.Currency.LAK
        self.fields["trade_term"].choices = [("", _("Not decided yet")), *Product.TradeTerm.choices]

    # --- Validation -----------------------------------------------------------------------------------

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        titles = [build_localized_fieldname("title", code) for code in language_codes()]
        if not any(data.get(name) for name in titles):
            self.add_error(
                build_localized_fieldname("title", self.language),
                forms.ValidationError(_("Give the product a name."), code="required"),
            )
        if data.get("sample_price_lak") is not None and not data.get("sample_available"):
            self.add_error(
                "sample_price_lak",
                forms.ValidationError(
                    _("Tick “sample available”, or leave the sample price empty."), code="no_sample"
                ),
            )
        if data.get("wholesale_price") is None:
            data["wholesale_currency"] = ""
        elif not data.get("wholesale_currency"):
            self.add_error(
                "wholesale_currency",
                forms.ValidationError(_("Choose the currency of the wholesale price."), code="required"),
            )
        return data

    # --- Layout for the template ----------------------------------------------------------------------

    def bound(self, name: str, languages: list[str]) -> list[BoundField]:
        if name in TRANSLATED_FIELDS:
            return [self[build_localized_fieldname(name, code)] for code in languages]
        return [self[name]]

    def essentials(self) -> list[BoundField]:
        return [field for name in ESSENTIALS for field in self.bound(name, self.main_languages)]

    def details(self) -> list[FieldGroup]:
        return [
            FieldGroup(legend, [field for name in names for field in self.bound(name, self.main_languages)])
            for legend, names in DETAIL_GROUPS
        ]

    def other_languages_fields(self) -> list[LanguageGroup]:
        names = dict(settings.LANGUAGES)
        return [
            LanguageGroup(
                code,
                names[code],
                [self[build_localized_fieldname(name, code)] for name in TRANSLATED_FIELDS],
            )
            for code in self.other_languages
        ]

    def details_have_errors(self) -> bool:
        return any(field.errors for group in self.details() for field in group.fields)

    def other_languages_have_errors(self) -> bool:
        return any(field.errors for group in self.other_languages_fields() for field in group.fields)


def category_choices(categories: list[Category]) -> list:
    """Subcategories grouped under their parent (an <optgroup>); a top category without any is a choice."""
    children: dict[int, list[Category]] = {}
    for category in categories:
        if category.parent_id:
            children.setdefault(category.parent_id, []).append(category)
    choices: list = [("", _("Choose a category"))]
    for category in categories:
        if category.parent_id:
            continue
        name = str(translated(category, "name"))
        if kids := children.get(category.pk):
            choices.append((name, [(kid.pk, str(translated(kid, "name"))) for kid in kids]))
        else:
            choices.append((category.pk, name))
    return choices
