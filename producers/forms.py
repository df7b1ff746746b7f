"""The artisan's producer forms, laid out for a phone: the essentials first, written in her language.

The forms only parse and check what was typed; `producers.services` and `producers.photos` write. Field
lists are explicit and never include status, verification, slug or memberships.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator
from django.forms.boundfield import BoundField
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from accounts.phones import normalise_phone
from catalogue.images import ProcessedImage, process_image
from multilingual.fields import language_codes, translated
from producers import services
from producers.models import Craft, District, OdopTag, Producer, ProducerMembership


class TranslatedChoiceField(forms.ModelChoiceField):
    """A choice of reference data (districts) labelled in the page's language."""

    def label_from_instance(self, obj) -> str:
        return str(translated(obj, "name"))


class TranslatedMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Ticked reference data (crafts, ODOP tags) labelled in the page's language."""

    def label_from_instance(self, obj) -> str:
        return str(translated(obj, "name"))


NUMBER_ATTRS = {"inputmode": "numeric"}

# Labels of the text an artisan writes: plain for her own language, named for a translation.
OWN_LANGUAGE_LABELS = {
    "name": _("Name of your producer"),
    "village": _("Village"),
    "story": _("Your story"),
}
TRANSLATION_LABELS = {
    "name": _("Name in %(language)s"),
    "village": _("Village in %(language)s"),
    "story": _("Story in %(language)s"),
}


class ProducerForm(forms.ModelForm):
    """Create and edit a producer. `language` is the page's language: the one the artisan writes in."""

    district = TranslatedChoiceField(
        label=_("District"),
        queryset=District.objects.order_by("code"),
        empty_label=_("Choose your district"),
    )
    crafts = TranslatedMultipleChoiceField(
        label=_("Your crafts"),
        queryset=Craft.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    odop_tags = TranslatedMultipleChoiceField(
        label=_("One District One Product (ODOP)"),
        queryset=OdopTag.objects.select_related("district").order_by("district__code", "slug"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick your district's ODOP products that you make."),
    )
    languages_spoken = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=Producer.LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    monthly_capacity = forms.IntegerField(
        label=_("Monthly capacity"),
        required=False,
        min_value=0,
        max_value=1_000_000,
        help_text=_("About how many pieces you can make in a month."),
        widget=forms.NumberInput(attrs=NUMBER_ATTRS),
    )
    founded_year = forms.IntegerField(
        label=_("Founded in"),
        required=False,
        min_value=1900,
        help_text=_("The year you started, for example 2005."),
        widget=forms.NumberInput(attrs=NUMBER_ATTRS),
    )
    members_count = forms.IntegerField(
        label=_("Number of makers"),
        min_value=1,
        max_value=100_000,
        initial=1,
        help_text=_("How many people make the products."),
        widget=forms.NumberInput(attrs=NUMBER_ATTRS),
    )
    contact_phone = forms.CharField(
        label=_("Contact phone"),
        required=False,
        max_length=30,
        help_text=_("A Lao number may be typed without +856, for example 020 5551 2345."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )

    # Not model fields of the form (Meta.fields leaves `photo` out): a new file is run through the photo
    # pipeline while the form is checked, so a refused one is an error next to its box with everything
    # typed kept, and the view stores the result with producers.photos. A plain FileField, not an
    # ImageField: only catalogue/images.py, with its allow-list, opens the upload. Edit page only, as the
    # files are named after the producer's pk.
    photo = forms.FileField(
        label=_("Choose a photo"),
        required=False,
        # Empty files reach process_image, whose message says what to do.
        allow_empty_file=True,
        help_text=_(
            "You, your group or your workshop at work. A photo straight from the phone's camera is fine."
        ),
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    photo_remove = forms.BooleanField(label=_("Remove the photo"), required=False)

    class Meta:
        model = Producer
        fields = services.editable_fields()
        labels = {"kind": _("You are")}
        widgets = {
            "kind": forms.RadioSelect,
            "export_experience": forms.RadioSelect,
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "address": forms.TextInput(attrs={"autocomplete": "street-address"}),
        }

    def __init__(self, *args, language: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.photo_processed: ProcessedImage | None = None
        if self.instance.pk is None:
            del self.fields["photo"], self.fields["photo_remove"]
        elif self.instance.photo:
            self.fields["photo"].label = _("Replace the photo")
        else:
            del self.fields["photo_remove"]
        codes = language_codes()
        self.language = language if language in codes else codes[0]
        this_year = timezone.localdate().year
        self.fields["founded_year"].validators.append(MaxValueValidator(this_year))
        self.fields["founded_year"].widget.attrs["max"] = this_year
        language_names = dict(settings.LANGUAGES)
        for code in codes:
            own = code == self.language
            for field in services.TRANSLATED_FIELDS:
                form_field = self.fields[f"{field}_{code}"]
                form_field.required = False
                form_field.label = (
                    OWN_LANGUAGE_LABELS[field]
                    if own
                    else TRANSLATION_LABELS[field] % {"language": language_names[code]}
                )
                form_field.help_text = ""
                # The right font and keyboard hints for the script typed in this box.
                form_field.widget.attrs["lang"] = code
                if field == "story":
                    form_field.widget.attrs["rows"] = 6 if own else 4
            if own:
                self.fields[f"story_{code}"].help_text = _(
                    "Who you are, how you work, what makes your craft special."
                )

    # --- Layout helpers for the template ----------------------------------------------------------

    def own_language(self) -> dict[str, BoundField]:
        """The boxes in the page's language, shown first."""
        return {field: self[f"{field}_{self.language}"] for field in services.TRANSLATED_FIELDS}

    def translations(self) -> list[dict]:
        """The optional boxes for the other languages, one group per language."""
        return [
            {
                "code": code,
                "language": get_language_info(code)["name_local"],
                "fields": [self[f"{field}_{code}"] for field in services.TRANSLATED_FIELDS],
            }
            for code in language_codes()
            if code != self.language
        ]

    def translations_open(self) -> bool:
        """Open "Add a translation" when something in it needs attention or is the only text there is."""
        other = [code for code in language_codes() if code != self.language]
        fields = [f"{field}_{code}" for field in services.TRANSLATED_FIELDS for code in other]
        if any(self[name].errors for name in fields):
            return True
        return not self[f"name_{self.language}"].value() and any(
            self[f"name_{code}"].value() for code in other
        )

    def odop_groups(self) -> dict:
        """ODOP tags by district: the chosen district's tags, and the others (for someone changing district).

        Before a district is chosen every group is an "other"; once chosen, the other districts' groups
        are only offered when the district has none or when a tick among them needs undoing.
        """
        chosen = str(self["district"].value() or "")
        groups: dict[int, dict] = {}
        for option in self["odop_tags"]:
            tag = option.data["value"].instance
            group = groups.setdefault(
                tag.district_id,
                {"district": translated(tag.district, "name"), "code": tag.district.code, "options": []},
            )
            group["options"].append(option)
        mine = next((group for pk, group in groups.items() if str(pk) == chosen), None)
        others = sorted((group for group in groups.values() if group is not mine), key=lambda g: g["code"])
        return {
            "chosen": mine,
            "others": others,
            "show": bool(mine or (others and (not chosen or self["odop_tags"].errors))),
        }

    # --- Checks ---------------------------------------------------------------------------------

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if isinstance(photo, UploadedFile):
            # Raises RejectedImage, a ValidationError whose translated message says what to do.
            self.photo_processed = process_image(photo)
        return photo

    def clean_contact_phone(self) -> str:
        phone = self.cleaned_data["contact_phone"].strip()
        return normalise_phone(phone) if phone else ""

    def clean(self):
        cleaned_data = super().clean()
        names = [cleaned_data.get(f"name_{code}") for code in language_codes()]
        if not any((name or "").strip() for name in names):
            self.add_error(f"name_{self.language}", _("Write the name of your producer."))
        return cleaned_data


class MemberAddForm(forms.Form):
    login = forms.CharField(
        label=_("Phone number or email"),
        max_length=254,
        help_text=_("The phone number or email the person signed up with. They must have joined as a maker."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )


class MemberRemoveForm(forms.Form):
    """Which membership to remove, chosen among this producer's only: another producer's id is no choice."""

    membership = forms.ModelChoiceField(queryset=ProducerMembership.objects.none(), widget=forms.HiddenInput)

    def __init__(self, *args, producer: Producer, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["membership"].queryset = producer.memberships.select_related("user")
