"""Signals other apps listen to, so that accounts never imports them (dependencies point down)."""

from django.dispatch import Signal

# Sent once when a person follows the link we emailed and their address is confirmed: `user`.
# orders delivers the inquiries a buyer sent before confirming.
email_confirmed = Signal()
