"""Translated fields (modeltranslation adds title_lo, title_en, title_ja, …)."""

from modeltranslation.translator import TranslationOptions, register

from catalogue.models import Category, Material, Photo, Product


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Material)
class MaterialTranslation(TranslationOptions):
    fields = ("name",)


@register(Product)
class ProductTranslation(TranslationOptions):
    fields = (
        "title",
        "description",
        "care_instructions",
        "material_details",
        "techniques",
        "colours",
        "customisation_notes",
    )


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("alt_text",)
