from django.apps import AppConfig
from django.conf.locale import LANG_INFO

# Django has no Lao entry; without it get_language_info("lo") fails and templates cannot name the language.
LAO = {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ລາວ"}


class MultilingualConfig(AppConfig):
    name = "multilingual"
    verbose_name = "Multilingual"

    def ready(self) -> None:
        LANG_INFO.setdefault("lo", LAO)
