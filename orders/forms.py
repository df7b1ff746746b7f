"""Forms of the conversation: the buyer's inquiry, a reply, and closing with the outcome.

The inquiry form lists the maker's public products, each with a quantity and an optional target price;
the ones the buyer came from are filled in and shown first. Numbers accept what people type: "3,300",
"3 300", "3300.50". Limits catch a typo of three extra zeros without refusing a real order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue.filters import CURRENCY_BY_LANGUAGE
from catalogue.forms import GROUPED, BoundsMixin, QuickTextInput, WholeNumberField
from catalogue.models import Product
from orders.models import Inquiry
from orders.services import ItemRequest

MAX_QUANTITY = 1_000_000
MAX_UNIT_PRICE = Decimal(100_000_000)  # even in kip, far above any handicraft
MAX_ORDER_VALUE = Decimal(100_000_000_000)
MAX_MESSAGE = 5000
MAX_WANTED_YEARS = 3


class PriceField(BoundsMixin, forms.DecimalField):
    """A price: "3,300", "3 300" and "3300.50" all read as people mean them; "12,5" as 12.5."""

    default_error_messages = {"invalid": _("Write a price with digits, for example 3300 or 12.50.")}
    widget = QuickTextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, **kwargs) -> None:
        super().__init__(max_digits=14, decimal_places=2, **kwargs)

    def to_python(self, value):
        text = str(value or "").strip()
        if GROUPED.match(text):
            text = re.sub(r"[.,  ]", "", text)
        elif re.fullmatch(r"\d+,\d{1,2}", text):
            text = text.replace(",", ".")
        return super().to_python(text)


def message_field(label) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=MAX_MESSAGE,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MAX_MESSAGE}),
        error_messages={
            "required": _("Please write a message."),
            "max_length": _(
                "A message can have at most %(limit_value)d characters (this one has %(show_value)d). "
                "Please shorten it or send the rest in a second message."
            ),
        },
    )


class InquiryForm(forms.Form):
    """A buyer's inquiry to one maker about one or more of its products.

    `products` are the maker's public products in the order shown; `chosen` the ids the buyer came
    from. Each product gets a `qty_<id>` and a `price_<id>` field; at least one quantity is needed.
    """

    currency = forms.ChoiceField(label=_("Currency of your target prices"), choices=Inquiry.Currency.choices)
    wanted_by = forms.DateField(
        label=_("Needed by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Choose a date, for example 2027-03-31.")},
    )
    destination = forms.CharField(
        label=_("Destination"),
        max_length=200,
        required=False,
        help_text=_("City and country the goods go to, for example: Kyoto, Japan."),
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    sample_requested = forms.BooleanField(label=_("I would like a sample first"), required=False)
    body = message_field(_("Your message to the maker"))
    # The honeypot: hidden from people by the template and a CSS class; scripts fill every box.
    homepage = forms.CharField(label=_("Leave this box empty"), required=False)

    def __init__(
        self, *args, products: Sequence[Product], chosen: Sequence[int] = (), language: str = "en", **kwargs
    ) -> None:
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("currency", CURRENCY_BY_LANGUAGE.get(language, "USD"))
        for product in products:
            if product.pk in chosen:
                initial.setdefault(f"qty_{product.pk}", product.min_order_qty)
        super().__init__(*args, **kwargs)
        self.products = list(products)
        self.chosen = set(chosen)
        for product in self.products:
            self.fields[f"qty_{product.pk}"] = WholeNumberField(
                label=_("Quantity (pieces)"), required=False, lowest=1, highest=MAX_QUANTITY
            )
            self.fields[f"price_{product.pk}"] = PriceField(
                label=_("Target unit price"), required=False, highest=MAX_UNIT_PRICE
            )

    def product_rows(self) -> tuple[list, list]:
        """(product, quantity field, price field) rows for the template: those the buyer came from or
        filled in, then the maker's other products."""
        chosen, others = [], []
        for product in self.products:
            row = (product, self[f"qty_{product.pk}"], self[f"price_{product.pk}"])
            (chosen if product.pk in self.chosen or self._asked(product) else others).append(row)
        return chosen, others

    def _asked(self, product: Product) -> bool:
        # A product the buyer filled in below the fold stays open when the form comes back with errors.
        return bool(self.data.get(f"qty_{product.pk}") or self.data.get(f"price_{product.pk}"))

    def clean_wanted_by(self) -> dt.date | None:
        date = self.cleaned_data["wanted_by"]
        if date is None:
            return None
        today = timezone.localdate()
        if date <= today:
            raise ValidationError(_("This date has passed. Choose a date after today."), code="past")
        if date > today.replace(year=today.year + MAX_WANTED_YEARS):
            raise ValidationError(
                _("Please choose a date within the next %(years)d years.") % {"years": MAX_WANTED_YEARS},
                code="too_far",
            )
        return date

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("homepage"):
            raise ValidationError(
                _("Your inquiry could not be accepted. Please check the form and send it again."),
                code="honeypot",
            )
        items = []
        for product in self.products:
            quantity = cleaned_data.get(f"qty_{product.pk}")
            price = cleaned_data.get(f"price_{product.pk}")
            if quantity:
                items.append(ItemRequest(product=product, quantity=quantity, target_unit_price=price))
            elif price is not None and f"qty_{product.pk}" not in self.errors:
                self.add_error(f"qty_{product.pk}", _("How many pieces at this price? Write a quantity."))
        if not items and not any(name.startswith("qty_") for name in self.errors):
            raise ValidationError(
                _("Write how many pieces you need of at least one product."), code="no_items"
            )
        cleaned_data["items"] = items
        return cleaned_data


class ReplyForm(forms.Form):
    body = message_field(_("Your answer"))


class CloseForm(forms.Form):
    """How the conversation ended: what the association reports to the province and its donors."""

    outcome = forms.ChoiceField(
        label=_("How did it end?"), choices=Inquiry.Outcome.choices, widget=forms.RadioSelect
    )
    ordered_quantity = WholeNumberField(
        label=_("Pieces ordered"), required=False, lowest=1, highest=MAX_QUANTITY
    )
    ordered_value = PriceField(label=_("Value of the order"), required=False, highest=MAX_ORDER_VALUE)
    ordered_currency = forms.ChoiceField(
        label=_("Currency of the order"), choices=Inquiry.Currency.choices, required=False
    )
    no_deal_reason = forms.ChoiceField(
        label=_("Main reason"),
        choices=[("", "—"), *Inquiry.NoDealReason.choices],
        required=False,
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
        help_text=_("The other side reads it too."),
    )

    def __init__(self, *args, currency: str = "JPY", **kwargs) -> None:
        kwargs.setdefault("initial", {}).setdefault("ordered_currency", currency)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        outcome = cleaned_data.get("outcome")
        if outcome == Inquiry.Outcome.ORDERED:
            for name, message in (
                ("ordered_quantity", _("Write how many pieces were ordered.")),
                ("ordered_value", _("Write the value of the order.")),
                ("ordered_currency", _("Choose the currency of the order.")),
            ):
                if cleaned_data.get(name) in (None, "") and name not in self.errors:
                    self.add_error(name, message)
        elif outcome == Inquiry.Outcome.NO_DEAL and not cleaned_data.get("no_deal_reason"):
            self.add_error("no_deal_reason", _("Choose the main reason."))
        return cleaned_data
