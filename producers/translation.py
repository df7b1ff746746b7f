"""Translated fields (modeltranslation adds name_lo, name_en, name_ja, …)."""

from modeltranslation.translator import TranslationOptions, register

from producers.models import Craft, District, OdopTag, Producer, Province


@register(Province)
class ProvinceTranslation(TranslationOptions):
    fields = ("name",)


@register(District)
class DistrictTranslation(TranslationOptions):
    fields = ("name",)


@register(Craft)
class CraftTranslation(TranslationOptions):
    fields = ("name",)


@register(OdopTag)
class OdopTagTranslation(TranslationOptions):
    fields = ("name",)


@register(Producer)
class ProducerTranslation(TranslationOptions):
    fields = ("name", "story", "village")
