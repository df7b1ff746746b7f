#!/usr/bin/env python3
"""Time and memory of the server's photo pipeline, one fresh process per file.

    .venv/bin/python bench/photos.py [FILE ...]      each file as an upload
    .venv/bin/python bench/photos.py                 a generated 12 MP phone photo (and what the browser sends)
    .venv/bin/python bench/photos.py --corpus        the test suite's upload corpus (tests/photo_corpus.py)

Every file goes through `catalogue.images.process_image`, the function the upload calls, in a child
process of its own, so the memory figure is honest: `peak_mb` is the rise of the process's resident
high-water mark (VmHWM) over its size before the call — Pillow's C buffers included, which tracemalloc
cannot see (`py_peak_mb` is tracemalloc's figure, from a second, untimed run). `ms` is the first call.
Every output is opened again to check that no EXIF, XMP or colour profile is left (`exif_left`).
Writing the files to storage is not included (a few milliseconds on a local disk).

Prints one JSON line per file, then one summary line. Target (DESIGN.md §7), on 2 cores: a 12 MP photo
through the whole pipeline within 600 ms and 150 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 600
TARGET_MB = 150


def status_kb(field: str) -> int:
    """A figure of /proc/self/status (VmRSS, VmHWM) in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def metadata_left(data: bytes) -> bool:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        return bool(picture.getexif()) or bool(set(picture.info) & {"exif", "xmp", "icc_profile", "comment"})


def measure_one(path: Path) -> dict:
    """Run in the child: process the file once for time and memory, once more under tracemalloc."""
    from django.conf import settings

    settings.configure(USE_I18N=False)  # messages in English; nothing else of Django is needed

    from catalogue.images import RejectedImage, process_image

    row: dict = {"file": str(path), "bytes": path.stat().st_size}
    rss_before = status_kb("VmRSS")
    started = time.perf_counter()
    try:
        with path.open("rb") as file:
            result = process_image(file)
    except RejectedImage as refused:
        row.update(accepted=False, reason=f"{refused.code}: {refused}")
        result = None
    row["ms"] = round((time.perf_counter() - started) * 1000, 1)
    row["peak_mb"] = round((status_kb("VmHWM") - rss_before) / 1024, 1)
    if result is None:
        return row
    tracemalloc.start()
    with path.open("rb") as file:
        process_image(file)
    row["py_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    tracemalloc.stop()
    row.update(
        accepted=True,
        reason=None,
        source=f"{result.source_format} {result.source_size[0]}×{result.source_size[1]}",
        master={"size": f"{result.width}×{result.height}", "bytes": len(result.master)},
        renditions={str(width): len(data) for width, data in result.renditions.items()},
        exif_left=any(metadata_left(data) for data in [result.master, *result.renditions.values()]),
    )
    return row


def measure_in_child(path: Path) -> dict:
    completed = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        # A crash is a finding too (a decoder that kills the process must never reach production).
        return {"file": str(path), "accepted": False, "reason": "crashed: " + completed.stderr.strip()[-300:]}
    return json.loads(completed.stdout)


def phone_files(directory: Path) -> tuple[list[Path], dict]:
    """A generated 12 MP camera photo, and the JPEG the upload page's script would send for it."""
    from tests.photo_corpus import browser_downscaled, phone_photo

    camera = phone_photo(4032, 3024, orientation=6, gps=True)
    sent = browser_downscaled(camera, long_edge=2048, quality=70)
    (directory / "phone-12mp.jpg").write_bytes(camera)
    (directory / "browser-2048-q70.jpg").write_bytes(sent)
    facts = {"camera_photo_bytes": len(camera), "browser_sent_bytes": len(sent)}
    return [directory / "phone-12mp.jpg", directory / "browser-2048-q70.jpg"], facts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", action="store_true", help="run the test suite's upload corpus")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_one(args.child), ensure_ascii=False))
        return

    with tempfile.TemporaryDirectory(prefix="hatthakam-photos-") as tmp:
        files, facts = list(args.files), {}
        if args.corpus:
            from tests.photo_corpus import build_corpus

            files += list(build_corpus(Path(tmp) / "corpus").values())
        if not files:
            files, facts = phone_files(Path(tmp))
        rows = []
        for path in files:
            row = measure_in_child(path)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)

    accepted = [row for row in rows if row.get("accepted")]
    summary = {
        "summary": True,
        "files": len(rows),
        "accepted": len(accepted),
        "refused": len(rows) - len(accepted),
        "max_ms": max((row["ms"] for row in rows if "ms" in row), default=None),
        "max_peak_mb": max((row["peak_mb"] for row in rows if "peak_mb" in row), default=None),
        "exif_left": any(row.get("exif_left") for row in accepted),
        "crashed": sum(str(row.get("reason", "")).startswith("crashed") for row in rows),
        "target": {"ms": TARGET_MS, "peak_mb": TARGET_MB},
        **facts,
    }
    summary["within_target"] = all(
        row["ms"] <= TARGET_MS and row["peak_mb"] <= TARGET_MB for row in rows if "ms" in row
    )
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
