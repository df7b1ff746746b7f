"""Template tags of the conversation pages."""

from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def shortlisted(context, product) -> bool:
    """Whether the signed-in person saved `product`: one query per page, however many products ask."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if not hasattr(request, "_shortlisted_ids"):
        from orders.models import ShortlistItem

        request._shortlisted_ids = set(
            ShortlistItem.objects.filter(user=user).values_list("product_id", flat=True)
        )
    return product.pk in request._shortlisted_ids
