"""`manage.py load_demo`: fill Hatthakam with the demo catalogue; running it again changes nothing."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from orders.demo import DemoDataError, demo_load


class Command(BaseCommand):
    help = (
        "Load the demo data: 25 Luang Prabang producers, their products with pictures, exchange rates, "
        "inquiries and the demo accounts (password hatthakam-demo). Safe to run again."
    )

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        try:
            counts = demo_load(stdout=self.stdout if options["verbosity"] > 1 else None)
        except DemoDataError as error:
            raise CommandError(f"demo data: {error}") from error
        # Operators read this line in a terminal, like the output of Django's own commands: English.
        self.stdout.write(
            "demo data: {producers} producers, {products} products, {photos} photos, "
            "{inquiries} inquiries (created {created}, updated {updated}, unchanged {unchanged}) "
            "in {seconds:.1f} s".format(**counts, seconds=time.monotonic() - started)
        )
