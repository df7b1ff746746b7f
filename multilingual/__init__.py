"""Multilingual helpers that every app uses; they depend on no app of ours.

- Lao registration: Django ships no Lao, so we add it to LANG_INFO (apps.py) and give it formats.
- `translated()`: a translated field's text with the fallback chain requested → English → original → any,
  and the language it was actually found in, so a page can say "shown in Lao".
- `language()`: run code (an email, a notice) in the recipient's language.
"""
