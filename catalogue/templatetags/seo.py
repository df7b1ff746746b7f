"""Search engines and link previews: the <head>'s alternates, Open Graph image tags and JSON-LD.

{% load seo %}
{% capture as page_title %}{% block title %}…{% endblock %}{% endcapture %}   (then {{ page_title }} twice)
{% hreflang_links canonical %}              every language of this page, and x-default (English)
{{ LANGUAGE_CODE|og_locale }}               ja → ja_JP
{% photo_og_image photo alt=title %}        {% producer_og_image producer %}
{% product_json_ld product photos %}        {% producer_json_ld producer %}
{{ district.odop_tags.all|names }}          translated names joined as the language joins a list

Everything here reads what the views already fetched (select_related, prefetched photos): the product
page keeps its 6 queries.
"""

from __future__ import annotations

import json
import mimetypes
from typing import Any

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.fields.files import FieldFile
from django.template.base import Parser, Token
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

from catalogue.templatetags.catalogue import shorten
from multilingual.fields import translated

register = template.Library()

# Open Graph names a locale with its territory; ours are the languages of Laos, Japan and our English.
OG_LOCALES = {"lo": "lo_LA", "ja": "ja_JP", "en": "en_US"}
SCHEMA_AVAILABILITY = {
    "in_stock": "https://schema.org/InStock",
    "made_to_order": "https://schema.org/MadeToOrder",
}
# Inside <script>, "</script>" ends the element whatever the type: these characters are written as JSON
# escapes, which any JSON reader turns back into the same text.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# Enough of a story or a description for a search result; the page has the rest.
JSON_LD_DESCRIPTION_LENGTH = 500


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str) -> None:
        self.nodelist = nodelist
        self.name = name

    def render(self, context: template.Context) -> str:
        # The output of rendering is already escaped: it stays safe, with its whitespace collapsed (a
        # block spread over lines still makes a one-line title).
        context[self.name] = mark_safe(" ".join(self.nodelist.render(context).split()))
        return ""


@register.tag
def capture(parser: Parser, token: Token) -> CaptureNode:
    """`{% capture as name %}…{% endcapture %}`: render the inside once, output nothing, keep it as `name`.

    base.html wraps the title and description blocks in it so that <title>, the meta description and the
    Open Graph tags all say what the page's blocks say, without each page repeating itself.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.filter
def og_locale(code: str) -> str:
    return OG_LOCALES.get(code, code)


@register.simple_tag
def hreflang_links(canonical: str) -> SafeString:
    """<link rel="alternate"> to this page in each language, and x-default to the English one.

    Made from the canonical address rather than the one asked for, so they never carry tracking
    parameters and name the same addresses as the sitemap. x-default is the default language's page, not
    the address without a prefix: that one redirects by the browser's language, and search engines want
    pages, not redirects, in alternates.
    """
    if not canonical:
        return mark_safe("")
    links = [(code, translate_url(canonical, code)) for code, _name in settings.LANGUAGES]
    links.append(("x-default", translate_url(canonical, settings.LANGUAGE_CODE)))
    return format_html_join("\n", '<link rel="alternate" hreflang="{}" href="{}">', links)


@register.filter
def names(objects, field: str = "name") -> str:
    """Translated names joined by the page language's list separator ("、" in Japanese)."""
    separator = pgettext("list separator", ", ")
    return separator.join(str(text) for obj in objects if (text := translated(obj, field)))


def absolute(context: template.Context, url: str) -> str:
    """An absolute URL on the host the page was asked on (as the canonical link); object storage URLs
    are absolute already and stay as they are."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


def og_image_tags(
    context: template.Context, image: FieldFile, width: int | None, height: int | None, alt: str
) -> SafeString:
    """Open Graph tags for a picture's master: the upright, metadata-free JPEG of at most 2048 px.

    Not a WebP rendition: LinkedIn and Skype show no preview for WebP, and importers share links there.
    """
    tags = [format_html('<meta property="og:image" content="{}">', absolute(context, image.url))]
    mime_type, _encoding = mimetypes.guess_type(image.name)
    if mime_type:
        tags.append(format_html('<meta property="og:image:type" content="{}">', mime_type))
    if width and height:
        tags.append(format_html('<meta property="og:image:width" content="{}">', width))
        tags.append(format_html('<meta property="og:image:height" content="{}">', height))
    if alt:
        tags.append(format_html('<meta property="og:image:alt" content="{}">', str(alt)))
    return mark_safe("\n".join(tags))


@register.simple_tag(takes_context=True)
def photo_og_image(context: template.Context, photo, alt: str = "") -> SafeString:
    """og:image for a product photo (the cover), its alt text falling back to `alt` (the title)."""
    if not photo:
        return mark_safe("")
    return og_image_tags(
        context, photo.image, photo.width, photo.height, translated(photo, "alt_text") or alt
    )


@register.simple_tag(takes_context=True)
def producer_og_image(context: template.Context, producer, alt: str = "") -> SafeString:
    if producer is None or not producer.photo:
        return mark_safe("")
    return og_image_tags(context, producer.photo, producer.photo_width, producer.photo_height, alt)


def json_ld(data: dict[str, Any]) -> SafeString:
    """A <script type="application/ld+json"> that no text inside it can close early."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text.translate(JSON_SCRIPT_ESCAPES))
    )


def without_empty(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out what a page does not know rather than telling search engines it is empty."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


@register.simple_tag(takes_context=True)
def product_json_ld(context: template.Context, product, photos) -> SafeString:
    """schema.org Product: what the page shows, in its language, with the price in kip as an Offer."""
    producer = product.producer
    url = absolute(context, product.get_absolute_url())
    maker = without_empty(
        {
            "@type": "Organization",
            "name": str(translated(producer, "name")),
            "url": absolute(context, producer.get_absolute_url()),
        }
    )
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": str(translated(product, "title")),
        "description": shorten(translated(product, "description"), JSON_LD_DESCRIPTION_LENGTH),
        "sku": str(product.pk),
        "url": url,
        "image": [absolute(context, photo.image.url) for photo in photos or []],
        "category": str(translated(product.category, "name")),
        "material": [str(name) for m in product.materials.all() if (name := translated(m, "name"))],
        "brand": {"@type": "Brand", "name": maker["name"]},
        "manufacturer": maker,
        "countryOfOrigin": "LA",
        "offers": without_empty(
            {
                "@type": "Offer",
                "url": url,
                "price": product.price_lak,
                "priceCurrency": "LAK",
                "availability": SCHEMA_AVAILABILITY.get(product.availability),
                # A B2B listing: the kip price is per piece, from the minimum order up.
                "eligibleQuantity": {
                    "@type": "QuantitativeValue",
                    "minValue": product.min_order_qty,
                    "unitCode": "C62",
                },
                "seller": maker,
            }
        ),
    }
    return json_ld(without_empty(data))


@register.simple_tag(takes_context=True)
def producer_json_ld(context: template.Context, producer) -> SafeString:
    """schema.org Organization with where it works (district and province, never the street address or
    contacts: those are for buyers who write, DESIGN.md §9)."""
    district = producer.district
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": str(translated(producer, "name")),
        "description": shorten(translated(producer, "story"), JSON_LD_DESCRIPTION_LENGTH),
        "url": absolute(context, producer.get_absolute_url()),
        "image": absolute(context, producer.photo.url) if producer.photo else None,
        "foundingDate": str(producer.founded_year) if producer.founded_year else None,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": str(translated(district, "name")),
            "addressRegion": str(translated(district.province, "name")),
            "addressCountry": "LA",
        },
    }
    return json_ld(without_empty(data))
