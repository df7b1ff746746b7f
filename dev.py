#!/usr/bin/env python3
"""Set up and run Hatthakam with nothing but Python ≥ 3.11.

    python3 dev.py run     # virtualenv, dependencies, translations, database, demo data, dev server
    python3 dev.py test    # the same setup, then the whole test suite (extra args go to pytest)
    python3 dev.py setup   # only the setup steps

Uses the standard library only, so it works before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = ROOT / ".setup-stamp"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def say(message: str) -> None:
    print(f"==> {message}", flush=True)


def run(*args: str | os.PathLike, env: dict[str, str] | None = None) -> None:
    completed = subprocess.run([str(a) for a in args], cwd=ROOT, env=env)
    if completed.returncode != 0:
        sys.exit(completed.returncode)


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["dev"]]


def ensure_virtualenv() -> None:
    if not PYTHON.exists():
        say(f"creating the virtualenv in {VENV.name}/")
        venv.create(VENV, with_pip=True)
    wanted = requirements()
    digest = hashlib.sha256("\n".join(wanted).encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == digest:
        return
    say("installing dependencies")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wanted)
    STAMP.write_text(digest + "\n")


def manage(*args: str, env: dict[str, str]) -> None:
    run(PYTHON, "manage.py", *args, env=env)


def dev_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DEBUG", "1")
    return env


def setup() -> dict[str, str]:
    ensure_virtualenv()
    env = dev_env()
    say("compiling translations")
    manage("compiletranslations", env=env)
    say("migrating the database")
    manage("migrate", "--no-input", "-v", "0", env=env)
    say("loading the demo data")
    manage("load_demo", env=env)
    return env


def main(argv: list[str]) -> None:
    command = argv[0] if argv else "run"
    if command == "setup":
        setup()
    elif command == "run":
        env = setup()
        address = os.environ.get("ADDRESS", "127.0.0.1:8000")
        say(f"serving on http://{address}/ (Ctrl+C to stop)")
        manage("runserver", address, env=env)
    elif command == "test":
        ensure_virtualenv()
        args = argv[1:]
        if not any(a == "-n" or a.startswith(("-n", "--numprocesses")) for a in args):
            # One worker per core: the suite takes about two thirds of the time on 2 cores.
            args = ["-n", "auto", *args]
        run(PYTHON, "-m", "pytest", *args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
