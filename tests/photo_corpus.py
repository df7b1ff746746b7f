"""The upload corpus: files a phone, a careless user or an attacker might send, made at test time.

Nothing binary is committed: every case is drawn or assembled here, in a temporary folder, by
`build_corpus()`. Each case says what the pipeline must answer (accepted, or refused with a code).
bench/photos.py uses `phone_photo()` for its 12-megapixel photo and can run the whole corpus.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageCms, ImageDraw, ImageFilter

# Ban Phanom, Luang Prabang: where a weaver's phone would put her in the GPS tags.
GPS = {1: "N", 2: (19.0, 53.0, 20.0), 3: "E", 4: (102.0, 11.0, 5.0), 6: 310.0}
XMP_WITH_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="19,53.33N"'
    b' exif:GPSLongitude="102,11.08E"/></rdf:RDF></x:xmpmeta>'
)
RED, BLUE = (220, 30, 30), (30, 60, 200)


def phone_exif(*, orientation: int = 1, gps: bool = True) -> Image.Exif:
    """EXIF as a phone writes it: make and model, the time, the orientation and (usually) GPS."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "samsung"
    exif[ExifTags.Base.Model] = "Galaxy A14"
    exif[ExifTags.Base.DateTime] = "2026:11:02 09:41:07"
    exif[ExifTags.Base.Orientation] = orientation
    if gps:
        exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    return exif


def woven_scene(width: int, height: int, *, seed: int = 7, noise: float = 9.0) -> Image.Image:
    """A phone-like photo of a woven scarf on a table: soft light, stripes, diamonds, sensor noise.

    Real phone photos are detailed at full size (texture and noise) and smooth once scaled down; the
    mix here gives JPEG and WebP sizes like a real 12 MP photo (about 5 MB at JPEG quality 92).
    """
    rng = random.Random(seed)
    light = Image.new("RGB", (4, 3))
    light.putdata([tuple(rng.randrange(90, 230) for _ in range(3)) for _ in range(12)])
    picture = light.resize((width, height), Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(picture)
    for _ in range(400):  # the market stall around it: things of every size, so detail survives resizing
        x, y, r = (
            rng.randrange(width),
            rng.randrange(height),
            rng.randrange(max(2, width // 300), max(3, width // 30)),
        )
        tone = tuple(rng.randrange(60, 240) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=tone)
        else:
            draw.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=tone, outline=(40, 40, 40))
    left, top, right, bottom = width // 8, height // 6, width * 7 // 8, height * 5 // 6
    palette = [tuple(rng.randrange(256) for _ in range(3)) for _ in range(5)]
    y = top
    while y < bottom:  # bands of colour across the cloth
        band = rng.randrange(max(2, height // 80), max(3, height // 25))
        draw.rectangle([left, y, right, min(bottom, y + band)], fill=rng.choice(palette))
        y += band
    step = max(4, width // 40)  # a row of matmee diamonds
    for x in range(left, right - step, step):
        cy = (top + bottom) // 2
        draw.polygon(
            [(x, cy), (x + step // 2, cy - step), (x + step, cy), (x + step // 2, cy + step)], fill=palette[0]
        )
    for x in range(left, right, 3):  # warp threads
        draw.line([(x, top), (x, bottom)], fill=(0, 0, 0), width=1)
    picture = Image.blend(picture, picture.filter(ImageFilter.BoxBlur(1)), 0.6)
    grain = Image.effect_noise((width, height), noise).convert("RGB")
    return ImageChops.add(picture, grain, scale=1.0, offset=-128)


def phone_photo(
    width: int = 4032,
    height: int = 3024,
    *,
    orientation: int = 6,
    gps: bool = True,
    quality: int = 92,
    seed: int = 7,
) -> bytes:
    """A camera JPEG: stored landscape with an EXIF orientation (6: shown turned a quarter clockwise)."""
    out = io.BytesIO()
    woven_scene(width, height, seed=seed).save(
        out, "JPEG", quality=quality, exif=phone_exif(orientation=orientation, gps=gps), xmp=XMP_WITH_GPS
    )
    return out.getvalue()


def browser_downscaled(photo: bytes, *, long_edge: int = 2048, quality: int = 70) -> bytes:
    """What the upload page's script sends for `photo`: drawn upright on a canvas at most `long_edge`
    wide or high, then `canvas.toBlob("image/jpeg", 0.7)` — which carries no metadata at all."""
    from PIL import ImageOps

    with Image.open(io.BytesIO(photo)) as source:
        source.draft("RGB", (long_edge, long_edge))
        upright = ImageOps.exif_transpose(source.convert("RGB"))
    upright.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=quality)
    return out.getvalue()


def encoded(picture: Image.Image, fmt: str, **params) -> bytes:
    out = io.BytesIO()
    picture.save(out, fmt, **params)
    return out.getvalue()


def quadrants(width: int = 400, height: int = 300) -> Image.Image:
    """White, with a red top-left quarter and a blue bottom-right one: shows which way a photo turned."""
    picture = Image.new("RGB", (width, height), "white")
    picture.paste(RED, (0, 0, width // 2, height // 2))
    picture.paste(BLUE, (width // 2, height // 2, width, height))
    return picture


def rotated_jpeg(orientation: int = 6) -> bytes:
    """Stored 400×300 with an EXIF orientation; with 6 (the usual portrait photo), upright it is 300×400
    with the red quarter at the top right."""
    return encoded(quadrants(), "JPEG", quality=90, exif=phone_exif(orientation=orientation))


def broken_exif_jpeg() -> bytes:
    """A JPEG whose EXIF block is garbage: the photo itself is fine and must be accepted."""
    return encoded(quadrants(), "JPEG", quality=90, exif=b"Exif\0\0II*\0\xff\xff\xff\x7f" + b"\x00" * 20)


def gps_jpeg() -> bytes:
    return encoded(
        woven_scene(1200, 900), "JPEG", quality=88, exif=phone_exif(), xmp=XMP_WITH_GPS, comment=b"Ban Phanom"
    )


def heic() -> bytes:
    """An iPhone-style HEIC with GPS in its EXIF (pillow-heif's encoder; raises ImportError without it)."""
    import pillow_heif

    if not pillow_heif.libheif_info().get("HEIF"):
        raise ImportError("libheif has no HEVC encoder here")
    pillow_heif.register_heif_opener()
    return encoded(woven_scene(800, 600), "HEIF", quality=70, exif=phone_exif())


def cmyk_jpeg() -> bytes:
    """A print shop's CMYK JPEG: cyan on the left, magenta on the right (Adobe's inverted CMYK)."""
    picture = Image.new("CMYK", (200, 100), (255, 0, 0, 0))
    picture.paste((0, 255, 0, 0), (100, 0, 200, 100))
    return encoded(picture, "JPEG", quality=90)


def cmyk_jpeg_with_profile() -> bytes:
    """CMYK with an (unusable here) colour profile attached: converted all the same."""
    picture = Image.new("CMYK", (200, 100), (255, 0, 0, 0))
    return encoded(picture, "JPEG", quality=90, icc_profile=b"not a real profile" * 8)


def png_16bit() -> bytes:
    """A 16-bit grey PNG (mode I;16), a ramp from black to white across."""
    ramp = Image.linear_gradient("L").rotate(90).resize((256, 64))
    picture = Image.new("I;16", ramp.size)
    picture.putdata([value * 257 for value in ramp.get_flattened_data()])
    return encoded(picture, "PNG")


def png_with_transparency() -> bytes:
    """A cut-out product on a transparent background: the background must become white, not black."""
    picture = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(picture).ellipse([100, 50, 200, 150], fill=(*RED, 255))
    return encoded(picture, "PNG")


def palette_png() -> bytes:
    return encoded(quadrants().convert("P", palette=Image.Palette.ADAPTIVE, colors=8), "PNG")


def webp_photo() -> bytes:
    return encoded(woven_scene(1000, 750), "WEBP", quality=80, exif=phone_exif())


def srgb_tagged_jpeg() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return encoded(woven_scene(600, 450), "JPEG", quality=85, icc_profile=profile, exif=phone_exif())


def mpo_jpeg() -> bytes:
    """A JPEG with a second picture after the first (MPO), as some phones write for depth or previews."""
    first, second = woven_scene(800, 600), woven_scene(400, 300, seed=2)
    return encoded(first, "MPO", save_all=True, append_images=[second], exif=phone_exif())


def tiny_jpeg() -> bytes:
    return encoded(quadrants(120, 90), "JPEG", quality=90)


def animated_gif() -> bytes:
    frames = [quadrants(100, 80), quadrants(100, 80).transpose(Image.Transpose.ROTATE_180)]
    return encoded(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)


def truncated_jpeg() -> bytes:
    whole = encoded(woven_scene(800, 600), "JPEG", quality=90)
    return whole[: len(whole) * 2 // 3]


def jpeg_cut_in_its_header() -> bytes:
    return tiny_jpeg()[:40]


def decompression_bomb() -> bytes:
    """A PNG of a few hundred bytes declaring 30000 × 30000 pixels (900 megapixels, 2.7 GB decoded)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    data = zlib.compress(b"\0" * 90001 * 10, 9)  # ten rows; the rest would follow from the same zeros
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def jpeg_bomb() -> bytes:
    """A valid 1 × 1 JPEG whose header is edited to say 65000 × 65000 (4.2 gigapixels)."""
    data = bytearray(encoded(Image.new("RGB", (1, 1)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65000, 65000)
    return bytes(data)


def pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def html() -> bytes:
    return b"<!DOCTYPE html><html><body><img src=x onerror=alert(document.cookie)><script>alert(1)</script>"


def svg_with_script() -> bytes:
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        b'<script>alert(document.cookie)</script><rect width="100" height="100" fill="red"/></svg>'
    )


def eps() -> bytes:
    """PostScript: Pillow would hand it to Ghostscript, which must never run on an upload."""
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto 10 10 lineto stroke\n%%EOF\n"
    )


def tiff() -> bytes:
    return encoded(quadrants(), "TIFF")


def bmp() -> bytes:
    return encoded(quadrants(), "BMP")


def empty() -> bytes:
    return b""


HUGE_BYTES = 30_000_000


def huge_file(path: Path) -> None:
    """30 MB starting like a JPEG: written sparsely, so making it costs nothing."""
    with path.open("wb") as out:
        out.write(tiny_jpeg())
        out.truncate(HUGE_BYTES)


@dataclass(frozen=True)
class Case:
    name: str  # the file name the "user" gives it, often a lie
    make: Callable[[], bytes] | None
    accepted: bool
    code: str = ""  # RejectedImage.code when refused
    needs_heif_encoder: bool = False


CASES = [
    Case("rotated.jpg", rotated_jpeg, True),
    Case("gps.jpg", gps_jpeg, True),
    Case("iphone.heic", heic, True, needs_heif_encoder=True),
    Case("cmyk.jpg", cmyk_jpeg, True),
    Case("cmyk-bad-profile.jpg", cmyk_jpeg_with_profile, True),
    Case("grey-16bit.png", png_16bit, True),
    Case("cut-out.png", png_with_transparency, True),
    Case("palette.png", palette_png, True),
    Case("photo.webp", webp_photo, True),
    Case("srgb-tagged.jpg", srgb_tagged_jpeg, True),
    Case("depth.jpg", mpo_jpeg, True),
    Case("tiny.jpg", tiny_jpeg, True),
    Case("broken-exif.jpg", broken_exif_jpeg, True),
    Case("animated.gif", animated_gif, False, "unsupported"),
    Case("truncated.jpg", truncated_jpeg, False, "damaged"),
    Case("cut-in-header.jpg", jpeg_cut_in_its_header, False, "damaged"),
    Case("bomb.png", decompression_bomb, False, "too_many_pixels"),
    Case("bomb.jpg", jpeg_bomb, False, "too_many_pixels"),
    Case("invoice.pdf.jpg", pdf, False, "unsupported"),
    Case("page.html.jpg", html, False, "unsupported"),
    Case("script.svg", svg_with_script, False, "unsupported"),
    Case("poster.eps.jpg", eps, False, "unsupported"),
    Case("scan.tiff", tiff, False, "unsupported"),
    Case("old.bmp", bmp, False, "unsupported"),
    Case("empty.jpg", empty, False, "empty"),
    Case("huge.jpg", None, False, "too_large"),
]


def build_corpus(directory: Path) -> dict[str, Path]:
    """Write every case into `directory`; a case whose maker cannot run here (no HEIF encoder) is left out."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in CASES:
        path = directory / case.name
        if case.make is None:
            huge_file(path)
        else:
            try:
                path.write_bytes(case.make())
            except ImportError:
                continue
        paths[case.name] = path
    return paths
