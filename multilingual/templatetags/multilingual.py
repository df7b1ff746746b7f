"""Template helpers for translated content.

{% load multilingual %}
{% translated product "title" as title %}
<h1 lang="{{ title.language }}">{{ title }}</h1>
{% if title.is_fallback %}…{% endif %}
"""

from django import template
from django.urls import translate_url

from multilingual.fields import Translated, translated

register = template.Library()


@register.simple_tag(name="translated")
def translated_tag(obj, field: str) -> Translated:
    return translated(obj, field)


@register.filter(name="tr")
def translated_filter(obj, field: str) -> Translated:
    """`{{ product|tr:"title" }}`: the text in the active language, by our fallback chain."""
    return translated(obj, field)


@register.simple_tag(takes_context=True)
def url_in_language(context, code: str) -> str:
    """The current page in another language: the language switcher keeps you where you are."""
    request = context.get("request")
    if request is None:
        return f"/{code}/"
    path = request.get_full_path()
    return translate_url(path, code)
