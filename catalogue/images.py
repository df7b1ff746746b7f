"""Photos from phones, made safe and light (DESIGN.md §4 and §9): pure functions, no models.

`process_image()` takes what an uploader sent and either returns the bytes to store — an upright JPEG
master (long edge at most 2048 px) and WebP renditions for `srcset` — or raises `RejectedImage`, whose
translated message tells the maker what to do. Nothing the uploader sent is kept: the file is decoded
by an allow-list of Pillow decoders under a size and a pixel limit, and every output is re-encoded
from pixels alone, so EXIF (GPS above all), XMP and comments are gone.

It runs on every upload and in bench/photos.py; a 12-megapixel phone photo must take at most 600 ms and
150 MB (DESIGN.md §7), hence JPEG `draft()` decoding and renditions made from each other.
"""

from __future__ import annotations

import io
import logging
import math
import os
from dataclasses import dataclass
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms
from PIL.JpegImagePlugin import JpegImageFile

try:
    import pillow_heif
except ImportError:  # pragma: no cover - a machine without it refuses HEIC like any unknown format
    pass
else:
    # iPhones save HEIC. Their thumbnails, depth maps and auxiliary images are never used here: skip them.
    pillow_heif.register_heif_opener(thumbnails=False, depth_images=False, aux_images=False)

logger = logging.getLogger(__name__)

# A phone photo after the browser's downscaling is about 400 KB and a camera original 3–13 MB; 20 MB
# leaves room for a no-JavaScript upload of an unusual camera and refuses the rest before decoding.
MAX_BYTES = 20_000_000
# Phones' full-resolution modes reach 50 MP (8160 × 6144); a JPEG that large is decoded at 1/4 scale.
# Pillow's own bomb check (about 89 MP, and an error at twice that) stays as a second guard.
MAX_PIXELS = 64_000_000
MASTER_LONG_EDGE = 2048
MASTER_QUALITY = 85
# Widths for `srcset`: 320–640 for product cards (two columns on a phone, at 2× or 3× density),
# 1024 for the product page on a phone, 1600 for wide screens.
RENDITION_WIDTHS = (320, 480, 640, 1024, 1600)
RENDITION_QUALITY = 75
# Byte budgets of DESIGN.md §7: a card picture at most 30 KB, the product page's at most 120 KB. A
# rendition over its budget (a very detailed photo) is encoded again at a lower quality, down to a floor
# below which artefacts show even on a phone's dense screen (then the budget gives way, not the picture).
CARD_MAX_BYTES = 30 * 1024
DETAIL_MAX_BYTES = 120 * 1024
CARD_MAX_WIDTH = 640
RENDITION_BUDGETS = {320: CARD_MAX_BYTES, 480: CARD_MAX_BYTES, 640: CARD_MAX_BYTES, 1024: DETAIL_MAX_BYTES}
QUALITY_FLOOR = 40
WHITE = (255, 255, 255)

# The allow-list of decoders (DESIGN.md §9): never GIF, SVG, PDF, EPS (Ghostscript), BMP or TIFF.
Image.init()
ALLOWED_FORMATS = tuple(name for name in ("JPEG", "PNG", "WEBP", "HEIF") if name in Image.OPEN)
SRGB = ImageCms.createProfile("sRGB")

# The first bytes of the allowed formats, to tell a damaged photo from a file that is no photo at all.
SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


class RejectedImage(ValidationError):
    """A file `process_image` refuses; `code` says why and the message, translated, what to do.

    A ValidationError, so a form that calls `process_image` in its `clean_<field>()` shows it as it is.
    """

    MESSAGES = {
        "empty": _("This file is empty. Please take or choose the photo again."),
        "too_large": _("This photo is too large (%(size)s MB). Please choose a photo under %(limit)s MB."),
        "unsupported": _(
            "This file is not a photo we can read. Please choose a JPEG, PNG, WebP or HEIC photo."
        ),
        "too_many_pixels": _(
            "This image has too many pixels. Please choose a photo of at most %(limit)s megapixels, "
            "or take it again with the camera's normal settings."
        ),
        "damaged": _("This file is damaged or incomplete. Please take or choose the photo again."),
    }

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(self.MESSAGES[code], code=code, params=params or None)

    def __str__(self) -> str:
        return str(self.messages[0])


@dataclass(frozen=True)
class ProcessedImage:
    """What to store for one photo, all made in memory: nothing is written until everything succeeded."""

    master: bytes  # JPEG, upright, sRGB, no metadata
    width: int
    height: int
    renditions: dict[int, bytes]  # width → WebP bytes, narrowest first
    source_format: str
    source_size: tuple[int, int]

    master_extension = "jpg"
    rendition_extension = "webp"


def process_image(
    fileobj: IO[bytes], *, max_bytes: int = MAX_BYTES, max_pixels: int = MAX_PIXELS
) -> ProcessedImage:
    """Decode an uploaded photo safely and make its master and renditions, or raise `RejectedImage`."""
    size = file_size(fileobj)
    if size == 0:
        raise RejectedImage("empty")
    if size > max_bytes:
        # Refused on the size alone: not one byte of it goes to a decoder.
        raise RejectedImage("too_large", size=megabytes(size), limit=megabytes(max_bytes))
    fileobj.seek(0)
    head = fileobj.read(16)
    fileobj.seek(0)
    try:
        with Image.open(fileobj, formats=ALLOWED_FORMATS) as source:
            width, height = source.size
            if width * height > max_pixels:
                raise RejectedImage("too_many_pixels", limit=max_pixels // 1_000_000)
            picture = decoded_upright(source)
            source_format = source.format or ""
    except RejectedImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise RejectedImage("too_many_pixels", limit=max_pixels // 1_000_000) from error
    except Image.UnidentifiedImageError as error:
        # A photo cut short in its header is "damaged"; a PDF, an HTML page or a GIF is "unsupported".
        code = "damaged" if looks_like_a_photo(head) else "unsupported"
        raise RejectedImage(code) from error
    except MemoryError as error:
        raise RejectedImage("too_many_pixels", limit=max_pixels // 1_000_000) from error
    except Exception as error:
        # Decoders report bad data with many exception types (OSError for a truncated JPEG, SyntaxError,
        # ValueError, struct.error, EOFError, pillow-heif's RuntimeError…): to the maker they all mean
        # that the file is broken. Logged, so a decoder bug on a good photo can still be found.
        logger.info("photo refused as damaged: %r", error)
        raise RejectedImage("damaged") from error
    return renditions_of(picture, source_format, (width, height))


def file_size(fileobj: IO[bytes]) -> int:
    """The size of an uploaded file, from Django's `size` when it has one, without reading the data."""
    size = getattr(fileobj, "size", None)
    if isinstance(size, int):
        return size
    fileobj.seek(0, os.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(0)
    return size


def megabytes(size: int) -> str:
    """A size in MB (10⁶ bytes, as phones count) in the active language's number format, rounded up so
    that a file just over a 20 MB limit does not read "20 MB"."""
    tenths = math.ceil(size / 100_000)
    decimals = 0 if tenths % 10 == 0 else 1
    return formats.number_format(tenths / 10, decimal_pos=decimals, use_l10n=True)


def looks_like_a_photo(head: bytes) -> bool:
    """True when the first bytes are those of an allowed format (JPEG, PNG, WebP, HEIF/HEIC)."""
    if head.startswith(SIGNATURES):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis")


def decoded_upright(source: Image.Image) -> Image.Image:
    """The pixels of `source`, upright, in RGB without transparency, at most `MASTER_LONG_EDGE` px long.

    A JPEG much larger than the widest rendition is decoded straight at 1/2, 1/4 or 1/8 of its size
    (libjpeg's DCT scaling): a 12 MP photo then costs a quarter of the time and memory. The picture is
    turned upright last, once it is small.
    """
    width, height = source.size
    widest = max(RENDITION_WIDTHS)
    long_edge = max(width, height)
    if isinstance(source, JpegImageFile) and long_edge > widest:  # MPO (a JPEG with a second picture) too
        wanted = (math.ceil(width * widest / long_edge), math.ceil(height * widest / long_edge))
        source.draft("RGB", wanted)
    source.load()
    icc_profile = source.info.get("icc_profile")
    orientation = exif_orientation(source)
    picture = as_rgb(source, icc_profile)
    long_edge = max(picture.size)
    if long_edge > MASTER_LONG_EDGE:
        ratio = MASTER_LONG_EDGE / long_edge
        size = (max(1, round(picture.width * ratio)), max(1, round(picture.height * ratio)))
        # Shrinking a HEIC or PNG by about half or more (a JPEG was shrunk by draft()), a triangle
        # filter is as sharp as Lanczos at that scale and twice as fast on 12 megapixels.
        resample = Image.Resampling.BILINEAR if ratio <= 0.55 else Image.Resampling.LANCZOS
        picture = picture.resize(size, resample)
    if orientation in TRANSPOSITIONS:
        picture = picture.transpose(TRANSPOSITIONS[orientation])
    if icc_profile and picture.mode == "RGB":
        picture = to_srgb(picture, icc_profile)
    if picture is source:
        # The caller closes `source`, which frees its pixels: hand back an image of its own.
        picture = source.copy()
    # Whatever came with the file (EXIF, XMP, ICC, comments) stays behind: outputs are made of pixels only.
    picture.info = {}
    return picture


# EXIF orientation → the transposition that shows the picture upright (as ImageOps.exif_transpose).
TRANSPOSITIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def exif_orientation(source: Image.Image) -> int:
    """The EXIF (or XMP) orientation, 1 when there is none or it cannot be read.

    pillow-heif has already turned a HEIC upright and reports 1.
    """
    try:
        return int(source.getexif().get(ExifTags.Base.Orientation, 1))
    except Exception as error:  # A malformed EXIF block must not cost the photo: show it as stored.
        logger.info("EXIF orientation ignored: %r", error)
        return 1


def as_rgb(picture: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """8-bit RGB: 16-bit grey scaled down (not clipped), palettes expanded, transparency on white, CMYK converted."""
    if picture.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # Pillow's I;16 → L conversion clips everything above 255 to white; scale 0–65535 to 0–255.
        picture = picture.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    if picture.mode in ("RGBA", "RGBa", "LA", "La", "PA") or "transparency" in picture.info:
        rgba = picture.convert("RGBA")
        flat = Image.new("RGB", rgba.size, WHITE)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if picture.mode == "CMYK" and icc_profile:
        converted = to_srgb(picture, icc_profile)
        if converted.mode == "RGB":
            return converted
    return picture if picture.mode == "RGB" else picture.convert("RGB")


def to_srgb(picture: Image.Image, icc_profile: bytes) -> Image.Image:
    """The picture converted from its embedded colour profile (an iPhone's Display P3, a print CMYK) to sRGB.

    The profile is then dropped: browsers take untagged pictures as sRGB, and the profile would cost
    bytes on every rendition. A profile that cannot be read is ignored.
    """
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        if picture.mode == "RGB" and ImageCms.getProfileDescription(profile).strip().startswith("sRGB"):
            return picture
        return ImageCms.profileToProfile(picture, profile, SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError) as error:
        logger.info("colour profile ignored: %r", error)
        return picture if picture.mode == "RGB" else picture.convert("RGB")


def rendition_widths(master_width: int) -> list[int]:
    """The widths to make for a master: the usual ones below its width, plus its own width when it is
    narrower than the widest, so the sharpest WebP is never missing. Never wider than the master."""
    widths = [width for width in RENDITION_WIDTHS if width < master_width]
    if master_width < max(RENDITION_WIDTHS):
        widths.append(master_width)
    return widths


def renditions_of(picture: Image.Image, source_format: str, source_size: tuple[int, int]) -> ProcessedImage:
    """Encode the master and the WebP renditions of an upright RGB picture."""
    master = io.BytesIO()
    # Plain baseline JPEG: the master is a fallback and an archive, rarely sent (pages use the WebPs),
    # so Huffman optimisation and progressive scans would cost time for bytes nobody downloads.
    picture.save(master, "JPEG", quality=MASTER_QUALITY)
    renditions: dict[int, bytes] = {}
    # Widest first, each made from the one before: resizing a 1024 px picture to 640 is several times
    # faster than resizing the master, and the result looks the same.
    previous = picture
    for width in sorted(rendition_widths(picture.width), reverse=True):
        height = max(1, round(picture.height * width / picture.width))
        resized = (
            previous
            if previous.width == width
            else previous.resize((width, height), Image.Resampling.LANCZOS)
        )
        renditions[width] = webp_within_budget(resized, RENDITION_BUDGETS.get(width))
        previous = resized
    return ProcessedImage(
        master=master.getvalue(),
        width=picture.width,
        height=picture.height,
        renditions=dict(sorted(renditions.items())),
        source_format=source_format,
        source_size=source_size,
    )


def webp_within_budget(picture: Image.Image, budget: int | None) -> bytes:
    """WebP bytes at the usual quality, or at a lower one when a very detailed photo goes over budget."""
    quality = RENDITION_QUALITY
    # libwebp's method 4 (its default) for card sizes, sent 24 at a time on a catalogue page; the wider
    # ones take method 2: 2.5 times faster for about 5 % more bytes, which keeps a 12 MP photo in budget.
    method = 4 if picture.width <= CARD_MAX_WIDTH else 2
    while True:
        out = io.BytesIO()
        picture.save(out, "WEBP", quality=quality, method=method)
        data = out.getvalue()
        if budget is None or len(data) <= budget or quality <= QUALITY_FLOOR:
            return data
        # The size of a WebP falls roughly in step with the quality at these settings; aim a little under.
        quality = max(QUALITY_FLOOR, min(quality - 5, int(quality * budget / len(data)) - 2))
