from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from multilingual.catalogues import CatalogueError, compile_catalogues


class Command(BaseCommand):
    help = "Compile the .po catalogues of LOCALE_PATHS with Babel (no system gettext needed)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Recompile even if the .mo is newer.")

    def handle(self, *args, force: bool = False, **options):
        try:
            written = compile_catalogues(settings.LOCALE_PATHS, force=force)
        except CatalogueError as error:
            raise CommandError(f"Broken translations:\n{error}") from error
        self.stdout.write(f"compiled {len(written)} catalogue(s)")
