"""Product and producer pictures for the demo, drawn with Pillow at run time.

Nothing is downloaded: each picture is a few hundred drawing calls (woven bands, paper fibres, basket
twill, pot profiles, beans), varied by the product's colours and a seeded random generator, so a rerun
draws exactly the same picture. They are meant to read as "a scarf", "a pot", "coffee" at card size,
and to weigh what a real downscaled phone photo weighs (800×600 JPEG, 20–60 KB).
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 800, 600
JPEG_QUALITY = 80

RGB = tuple[int, int, int]
Box = tuple[int, int, int, int]

TABLE_TONES: list[RGB] = [(196, 164, 124), (172, 134, 96), (222, 208, 186), (150, 112, 78), (232, 226, 214)]
WALL_TONES: list[RGB] = [(236, 230, 218), (214, 206, 192), (226, 220, 206), (204, 196, 184)]


# --- small helpers ---------------------------------------------------------------------------------


def shade(colour: RGB, factor: float) -> RGB:
    """Darker (factor < 1) or lighter (factor > 1) version of a colour."""
    if factor <= 1:
        return tuple(max(0, int(c * factor)) for c in colour)  # type: ignore[return-value]
    return tuple(min(255, int(c + (255 - c) * (factor - 1))) for c in colour)  # type: ignore[return-value]


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def jitter(colour: RGB, rng: random.Random, amount: int = 12) -> RGB:
    """A slightly lighter or darker colour: one shift for all channels (so the hue holds, even for
    dark browns) plus a little per-channel noise."""
    shift = rng.randint(-amount, amount)
    noise = max(1, amount // 4)
    return tuple(max(0, min(255, c + shift + rng.randint(-noise, noise))) for c in colour)  # type: ignore[return-value]


def lighting(img: Image.Image, rng: random.Random, strength: float = 0.22) -> Image.Image:
    """Soft light from one side, as from a window: a gradient that darkens the far side."""
    gradient = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270]))
    mask = gradient.resize(img.size).point(lambda v: int(v * strength))
    return Image.composite(Image.new("RGB", img.size, (0, 0, 0)), img, mask)


def grain(img: Image.Image, rng: random.Random, amount: float = 0.07) -> Image.Image:
    """Low-frequency sensor noise: enough to look photographed, little enough to stay small as JPEG."""
    w, h = img.size
    noise = Image.effect_noise((w // 2, h // 2), 40 + rng.random() * 20).resize(img.size)
    return Image.blend(img, Image.merge("RGB", (noise, noise, noise)), amount)


def encode(img: Image.Image) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def finish(img: Image.Image, rng: random.Random) -> bytes:
    # Light and grain are applied at half size and the picture scaled back up: four times less work,
    # and the softness of a phone photo, which also keeps the JPEG small.
    small = grain(lighting(img.reduce(2), rng), rng)
    return encode(small.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC))


def paste_shape(canvas: Image.Image, fill: Image.Image, polygon: Sequence[tuple[float, float]]) -> None:
    """Paste `fill` (same size as the canvas) through a polygon-shaped mask."""
    mask = Image.new("L", canvas.size, 0)
    ImageDraw.Draw(mask).polygon(list(polygon), fill=255)
    canvas.paste(fill, (0, 0), mask)


def shadow(canvas: Image.Image, polygon: Sequence[tuple[float, float]], offset: int = 10) -> None:
    """A soft drop shadow; blurred at a quarter of the size, where a blur costs almost nothing."""
    w, h = canvas.size
    mask = Image.new("L", (w // 4, h // 4), 0)
    ImageDraw.Draw(mask).polygon([((x + offset) / 4, (y + offset) / 4) for x, y in polygon], fill=90)
    canvas.paste(
        (0, 0, 0), (0, 0), mask.filter(ImageFilter.BoxBlur(2)).resize(canvas.size, Image.Resampling.BILINEAR)
    )


def wood_surface(size: tuple[int, int], base: RGB, rng: random.Random) -> Image.Image:
    """A table top: planks with wavy grain lines."""
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    w, h = size
    plank = rng.randint(110, 170)
    for top in range(0, h, plank):
        draw.line([(0, top), (w, top)], fill=shade(base, 0.7), width=2)
        for _ in range(9):
            y0 = top + rng.randint(4, plank - 4)
            amp, period, phase = rng.uniform(1, 5), rng.uniform(120, 320), rng.uniform(0, 6.3)
            points = [(x, y0 + amp * math.sin(x / period * 6.28 + phase)) for x in range(0, w + 40, 40)]
            draw.line(points, fill=shade(base, rng.uniform(0.8, 0.92)), width=rng.choice([1, 2, 3]))
    return img


def darker(img: Image.Image, factor: float) -> Image.Image:
    """The same picture in shadow (a lookup table: much cheaper than compositing)."""
    return img.point(lambda v: int(v * factor))


def plain_surface(size: tuple[int, int], base: RGB) -> Image.Image:
    return Image.new("RGB", size, base)


# --- woven textiles ------------------------------------------------------------------------------


def motif_row(
    draw: ImageDraw.ImageDraw,
    motif: str,
    top: int,
    height: int,
    width: int,
    colour: RGB,
    ground: RGB,
    rng: random.Random,
) -> None:
    """One row of a supplementary-weft motif, repeated across the width."""
    step = max(16, int(height * 1.3))
    cy = top + height / 2
    r = height / 2
    for cx in range(step // 2, width + step, step):
        if motif in ("diamond", "matmee"):
            if motif == "matmee":
                # Ikat: each weft line of the lozenge is shifted a little, the blurred edge of tie-dyeing.
                for dy in range(-int(r), int(r) + 1, 3):
                    half = (r - abs(dy)) * 0.9 + rng.uniform(-3, 3)
                    shift = rng.uniform(-3, 3)
                    draw.line(
                        [(cx - half + shift, cy + dy), (cx + half + shift, cy + dy)], fill=colour, width=3
                    )
            else:
                draw.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], fill=colour)
                q = r * 0.45
                draw.polygon([(cx, cy - q), (cx + q, cy), (cx, cy + q), (cx - q, cy)], fill=ground)
        elif motif == "naga":
            points = []
            for i in range(7):
                x = cx - step / 2 + i * step / 6
                points.append((x, cy + (r * 0.8 if i % 2 else -r * 0.8)))
            draw.line(points, fill=colour, width=max(3, int(height / 6)))
            draw.ellipse(
                [cx + step / 2 - r * 0.35, cy - r, cx + step / 2 + r * 0.35, cy - r * 0.3], fill=colour
            )
        elif motif in ("flower", "dok-kaew"):
            for k in range(8):
                angle = k * math.pi / 4
                px, py = cx + math.cos(angle) * r * 0.55, cy + math.sin(angle) * r * 0.55
                draw.ellipse([px - r * 0.3, py - r * 0.3, px + r * 0.3, py + r * 0.3], fill=colour)
            draw.ellipse([cx - r * 0.25, cy - r * 0.25, cx + r * 0.25, cy + r * 0.25], fill=ground)
        elif motif == "hong":
            draw.polygon(
                [(cx - r, cy + r * 0.6), (cx + r * 0.6, cy + r * 0.6), (cx + r * 0.2, cy)], fill=colour
            )
            draw.line(
                [(cx + r * 0.2, cy), (cx + r * 0.1, cy - r * 0.8), (cx + r * 0.5, cy - r * 0.9)],
                fill=colour,
                width=max(2, int(height / 8)),
            )
            draw.polygon(
                [(cx - r, cy + r * 0.6), (cx - r * 0.7, cy - r * 0.4), (cx - r * 0.4, cy + r * 0.3)],
                fill=colour,
            )
        elif motif == "elephant":
            draw.rectangle([cx - r * 0.8, cy - r * 0.5, cx + r * 0.6, cy + r * 0.3], fill=colour)
            draw.rectangle([cx + r * 0.4, cy - r * 0.7, cx + r * 0.9, cy - r * 0.1], fill=colour)
            draw.line(
                [(cx + r * 0.85, cy - r * 0.2), (cx + r * 0.95, cy + r * 0.8)],
                fill=colour,
                width=max(2, int(height / 10)),
            )
            for leg in (-0.7, -0.3, 0.1, 0.45):
                draw.rectangle([cx + r * leg, cy + r * 0.3, cx + r * (leg + 0.15), cy + r * 0.9], fill=colour)
        elif motif == "star":
            points = []
            for k in range(16):
                radius = r if k % 2 == 0 else r * 0.45
                angle = k * math.pi / 8
                points.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
            draw.polygon(points, fill=colour)
        elif motif in ("spiral", "snail"):
            for ring in range(4, 0, -1):
                rr = r * ring / 4
                draw.rectangle([cx - rr, cy - rr, cx + rr, cy + rr], outline=colour, width=2)
        elif motif in ("cross", "elephant-foot"):
            draw.rectangle([cx - r, cy - r * 0.25, cx + r, cy + r * 0.25], fill=colour)
            draw.rectangle([cx - r * 0.25, cy - r, cx + r * 0.25, cy + r], fill=colour)
            draw.rectangle([cx - r * 0.9, cy - r * 0.9, cx + r * 0.9, cy + r * 0.9], outline=colour, width=2)
        elif motif == "mountain":
            draw.line(
                [(cx - step / 2, cy + r * 0.7), (cx, cy - r * 0.7), (cx + step / 2, cy + r * 0.7)],
                fill=colour,
                width=max(2, int(height / 7)),
            )


def woven(
    size: tuple[int, int], colours: Sequence[RGB], accent: RGB, motif: str, scale: float, rng: random.Random
) -> Image.Image:
    """A flat piece of hand-woven cloth: bands of motifs between stripes, with a visible warp."""
    w, h = size
    ground = colours[0]
    second = colours[1] if len(colours) > 1 else shade(ground, 0.75)
    img = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(img)
    if motif in ("stripes", "checks", "plain", ""):
        y = 0
        palette = [ground, accent, second, shade(ground, 0.8)]
        while y < h:
            band = int(rng.choice([6, 10, 18, 30, 44]) * scale)
            draw.rectangle([0, y, w, y + band], fill=rng.choice(palette))
            y += band
        if motif == "checks":
            x = 0
            overlay = Image.new("RGB", size, ground)
            odraw = ImageDraw.Draw(overlay)
            while x < w:
                band = int(rng.choice([10, 18, 30]) * scale)
                odraw.rectangle([x, 0, x + band, h], fill=rng.choice(palette))
                x += band * 2
            img = Image.blend(img, overlay, 0.45)
            draw = ImageDraw.Draw(img)
    else:
        y = int(rng.uniform(0, 20) * scale)
        row_height = int(rng.choice([34, 40, 48]) * scale)
        while y < h:
            draw.rectangle([0, y, w, y + int(5 * scale)], fill=accent)
            draw.rectangle([0, y + int(9 * scale), w, y + int(11 * scale)], fill=second)
            y += int(16 * scale)
            motif_row(draw, motif, y, row_height, w, accent if rng.random() < 0.7 else second, ground, rng)
            y += row_height + int(10 * scale)
            if rng.random() < 0.4:
                draw.rectangle([0, y, w, y + int(rng.choice([20, 36]) * scale)], fill=shade(ground, 0.85))
                y += int(40 * scale)
    # The warp shows through as fine vertical lines.
    warp = shade(ground, 0.82)
    for x in range(0, w, max(3, int(4 * scale))):
        draw.line([(x, 0), (x, h)], fill=warp, width=1)
    return img


def fringe(
    draw: ImageDraw.ImageDraw,
    x0: float,
    x1: float,
    y: float,
    length: float,
    colour: RGB,
    rng: random.Random,
    step: int = 7,
) -> None:
    x = x0
    while x < x1:
        sway = rng.uniform(-4, 4)
        draw.line([(x, y), (x + sway, y + length + rng.uniform(-5, 5))], fill=colour, width=3)
        x += step


def draw_scarf(spec: dict, view: int, rng: random.Random) -> Image.Image:
    colours, accent, motif = spec["colours"], spec["accent"], spec["motif"]
    if view == 1:
        return woven((WIDTH, HEIGHT), colours, accent, motif, 3.0, rng)
    canvas = (
        wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
        if view == 0
        else plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    )
    cloth = woven((WIDTH, HEIGHT), colours, accent, motif, 1.0, rng)
    draw = ImageDraw.Draw(canvas)
    if view == 0:
        # Folded scarf: three stacked layers, the lower ones in shadow.
        for layer in range(3):
            dx, dy = layer * 26, layer * 30
            poly = [(170 + dx, 120 + dy), (610 + dx, 90 + dy), (640 + dx, 300 + dy), (200 + dx, 330 + dy)]
            shadow(canvas, poly, 8)
            paste_shape(canvas, cloth if layer == 2 else darker(cloth, 0.72 + layer * 0.1), poly)
        fringe(draw, 230 + 52, 640 + 52, 350 + 50, 40, shade(colours[0], 1.1), rng)
    else:
        # Hanging from a bamboo pole.
        draw.rectangle([120, 70, 680, 84], fill=(176, 150, 96))
        poly = [(290, 80), (510, 80), (515, 500), (285, 500)]
        shadow(canvas, poly, 12)
        paste_shape(canvas, cloth, poly)
        fringe(draw, 288, 512, 500, 45, shade(colours[0], 1.1), rng)
    return canvas


def draw_cloth(spec: dict, view: int, rng: random.Random) -> Image.Image:
    colours, accent, motif = spec["colours"], spec["accent"], spec["motif"]
    if view == 1:
        return woven((WIDTH, HEIGHT), colours, accent, motif, 3.0, rng)
    cloth = woven((WIDTH, HEIGHT), colours, accent, motif, 1.6, rng)
    if view == 0:
        # The length laid out with one diagonal fold.
        canvas = cloth.copy()
        fold = [(0, HEIGHT * 0.55), (WIDTH, HEIGHT * 0.3), (WIDTH, HEIGHT), (0, HEIGHT)]
        paste_shape(canvas, darker(cloth.transpose(Image.Transpose.FLIP_TOP_BOTTOM), 0.7), fold)
        ImageDraw.Draw(canvas).line([fold[0], fold[1]], fill=shade(colours[0], 0.5), width=4)
        return canvas
    # Rolled on a bolt.
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    body = [(140, 200), (660, 200), (660, 420), (140, 420)]
    shadow(canvas, body, 12)
    paste_shape(canvas, cloth, body)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse([100, 200, 180, 420], fill=shade(colours[0], 0.7))
    for k in range(6):
        draw.ellipse(
            [110 + k * 4, 212 + k * 14, 170 - k * 4, 408 - k * 14], outline=shade(colours[0], 0.5), width=2
        )
    return canvas


def draw_sinh(spec: dict, view: int, rng: random.Random) -> Image.Image:
    colours, accent, motif = spec["colours"], spec["accent"], spec["motif"]
    if view == 1:
        return woven((WIDTH, HEIGHT), colours, accent, motif, 2.0, rng)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    body = woven((WIDTH, HEIGHT), colours, accent, motif, 0.9, rng)
    hem = woven((WIDTH, HEIGHT), [accent, colours[0]], colours[0], "diamond", 0.6, rng)
    top, hem_top, bottom = 70, 420, 540
    outline = [(270, top), (530, top), (560, bottom), (240, bottom)]
    shadow(canvas, outline, 12)
    paste_shape(canvas, body, [(270, top), (530, top), (552, hem_top), (248, hem_top)])
    paste_shape(canvas, hem, [(248, hem_top), (552, hem_top), (560, bottom), (240, bottom)])
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([270, top, 530, top + 26], fill=shade(colours[0], 0.6))
    return canvas


def draw_cushion(spec: dict, view: int, rng: random.Random) -> Image.Image:
    colours, accent, motif = spec["colours"], spec["accent"], spec["motif"]
    if view == 1:
        return woven((WIDTH, HEIGHT), colours, accent, motif, 3.0, rng)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice([(120, 110, 98), (180, 170, 150), (92, 96, 90)]))
    cloth = woven((WIDTH, HEIGHT), colours, accent, motif, 0.9, rng)
    positions = [(220, 110, 360)] if view == 0 else [(110, 170, 280), (410, 150, 300)]
    for x, y, size in positions:
        poly = [(x, y), (x + size, y + 8), (x + size - 6, y + size), (x + 6, y + size - 6)]
        shadow(canvas, poly, 14)
        paste_shape(canvas, cloth, poly)
        ImageDraw.Draw(canvas).polygon(poly, outline=shade(colours[0], 0.6), width=4)
    return canvas


def draw_bag(spec: dict, view: int, rng: random.Random) -> Image.Image:
    colours, accent, motif = spec["colours"], spec["accent"], spec["motif"]
    if view == 1:
        return woven((WIDTH, HEIGHT), colours, accent, motif, 2.0, rng)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    cloth = woven((WIDTH, HEIGHT), colours, accent, motif, 1.0, rng)
    draw = ImageDraw.Draw(canvas)
    strap = spec.get("accent2", shade(accent, 0.8))
    body = (
        [(230, 230), (570, 230), (600, 530), (200, 530)]
        if view == 0
        else [(280, 250), (520, 250), (530, 520), (270, 520)]
    )
    draw.arc([300, 80, 500, 340], 180, 360, fill=strap, width=18)
    shadow(canvas, body, 14)
    paste_shape(canvas, cloth, body)
    draw.line([body[0], body[1]], fill=shade(colours[0], 0.55), width=8)
    return canvas


# --- embroidery and hemp -------------------------------------------------------------------------


def cross_stitch(
    size: tuple[int, int], ground: RGB, threads: Sequence[RGB], rng: random.Random, cell: int = 10
) -> Image.Image:
    """Counted cross-stitch: concentric lozenges and borders of small crosses."""
    w, h = size
    img = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(img)
    unit = cell * rng.choice([7, 9, 11])
    for cy in range(unit // 2, h + unit, unit):
        for cx in range(unit // 2, w + unit, unit):
            for ring in range(3):
                colour = threads[(ring + (cx // unit)) % len(threads)]
                radius = unit / 2 - ring * cell * 1.2
                for k in range(int(radius // cell)):
                    for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                        x = cx + sx * k * cell
                        y = cy + sy * (radius - k * cell)
                        draw.line([(x - 3, y - 3), (x + 3, y + 3)], fill=colour, width=2)
                        draw.line([(x - 3, y + 3), (x + 3, y - 3)], fill=colour, width=2)
    for y in range(0, h, unit * 2):
        draw.rectangle([0, y, w, y + cell // 2], fill=threads[0])
    return img


def draw_embroidery(spec: dict, view: int, rng: random.Random) -> Image.Image:
    ground = spec["colours"][0]
    threads = [spec["accent"], (230, 200, 60), (200, 40, 60), (70, 150, 90), (250, 250, 245)]
    rng.shuffle(threads)
    if view == 1:
        return cross_stitch((WIDTH, HEIGHT), ground, threads, rng, cell=22)
    panel = cross_stitch((WIDTH, HEIGHT), ground, threads, rng)
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    box = (
        [(150, 90), (650, 90), (650, 510), (150, 510)]
        if spec.get("large")
        else [(230, 170), (570, 170), (570, 430), (230, 430)]
    )
    shadow(canvas, box, 12)
    paste_shape(canvas, panel, box)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([box[0], box[2]], outline=threads[0], width=10)
    if not spec.get("large"):
        draw.line(
            [(box[0][0] + 10, box[0][1] + 6), (box[1][0] - 10, box[1][1] + 6)], fill=(190, 190, 190), width=5
        )
    return canvas


def batik(size: tuple[int, int], ground: RGB, motif: str, rng: random.Random, scale: float) -> Image.Image:
    """Indigo hemp with pale wax-resist lines; the cloth itself shows its crisp, uneven weave."""
    img = woven(size, [ground, shade(ground, 0.85)], shade(ground, 1.1), "plain", scale, rng)
    draw = ImageDraw.Draw(img)
    pale = mix(ground, (235, 235, 225), 0.8)
    step = int(90 * scale)
    for cy in range(step // 2, size[1] + step, step):
        for cx in range(step // 2, size[0] + step, step):
            r = step * 0.42
            if motif in ("spiral", "snail"):
                points = []
                for t in range(0, 60):
                    angle = t * 0.35
                    radius = r * (1 - t / 60)
                    points.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
                draw.line(points, fill=pale, width=2)
            elif motif == "mountain":
                draw.line([(cx - r, cy + r / 2), (cx, cy - r / 2), (cx + r, cy + r / 2)], fill=pale, width=3)
            else:
                draw.rectangle([cx - r, cy - r, cx + r, cy + r], outline=pale, width=2)
                draw.line([(cx - r, cy), (cx + r, cy)], fill=pale, width=2)
                draw.line([(cx, cy - r), (cx, cy + r)], fill=pale, width=2)
    return img


def draw_hemp(spec: dict, view: int, rng: random.Random) -> Image.Image:
    ground = spec["colours"][0]
    if view == 1:
        return batik((WIDTH, HEIGHT), ground, spec["motif"], rng, 2.0)
    cloth = batik((WIDTH, HEIGHT), ground, spec["motif"], rng, 1.0)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    poly = (
        [(260, 40), (540, 40), (548, 560), (252, 560)]
        if view == 0
        else [(80, 160), (720, 140), (730, 450), (70, 470)]
    )
    shadow(canvas, poly, 12)
    paste_shape(canvas, cloth, poly)
    return canvas


# --- paper -----------------------------------------------------------------------------------------


def paper_sheet(size: tuple[int, int], base: RGB, rng: random.Random, inclusions: str) -> Image.Image:
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    w, h = size
    fibre = shade(base, 0.86)
    for _ in range(260):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        angle = rng.uniform(0, math.pi)
        length = rng.uniform(8, 40)
        draw.line([(x, y), (x + math.cos(angle) * length, y + math.sin(angle) * length)], fill=fibre, width=1)
    if inclusions in ("petals", "flowers"):
        petal_colours = [(235, 160, 30), (214, 60, 110), (250, 240, 225), (240, 200, 60), (190, 40, 60)]
        for _ in range(int(w * h / 9000)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            r = rng.uniform(6, 16)
            colour = jitter(rng.choice(petal_colours), rng)
            draw.ellipse([x - r, y - r / 2, x + r, y + r / 2], fill=colour)
    elif inclusions == "leaves":
        for _ in range(int(w * h / 14000)):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            length = rng.uniform(25, 60)
            angle = rng.uniform(0, math.pi)
            dx, dy = math.cos(angle) * length / 2, math.sin(angle) * length / 2
            nx, ny = -dy * 0.22, dx * 0.22
            draw.polygon(
                [(x - dx, y - dy), (x + nx, y + ny), (x + dx, y + dy), (x - nx, y - ny)],
                fill=jitter((104, 132, 70), rng, 18),
            )
    elif inclusions == "fibres":
        for _ in range(90):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            draw.arc(
                [x, y, x + rng.uniform(20, 70), y + rng.uniform(10, 40)],
                0,
                rng.randint(60, 300),
                fill=shade(base, 0.7),
                width=2,
            )
    return img


def draw_paper(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    inclusions = spec.get("item_motif") or "plain"
    if view == 1:
        return paper_sheet((WIDTH, HEIGHT), base, rng, inclusions)
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    sheet = paper_sheet((WIDTH, HEIGHT), base, rng, inclusions)
    for k in range(3 if view == 0 else 1):
        dx, dy = k * 16, k * 12
        poly = [(120 + dx, 90 + dy), (650 + dx, 80 + dy), (660 + dx, 480 + dy), (110 + dx, 490 + dy)]
        shadow(canvas, poly, 6)
        paste_shape(canvas, sheet, poly)
        # Deckle edge: a slightly ragged darker rim.
        ImageDraw.Draw(canvas).line([*poly, poly[0]], fill=shade(base, 0.9), width=3)
    return canvas


def draw_lantern(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    night = view != 2
    canvas = Image.new("RGB", (WIDTH, HEIGHT), (28, 30, 44) if night else rng.choice(WALL_TONES))
    glow = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    gdraw = ImageDraw.Draw(glow)
    lit = shade(base, 1.35) if night else base
    star = spec.get("item_motif") == "star"
    lanterns = [(400, 300, 170)] if view in (0, 2) else [(230, 250, 120), (520, 330, 150)]
    for cx, cy, r in lanterns:
        if night:
            for k in range(6, 0, -1):
                rr = r + k * 18
                gdraw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=(*lit, 18))
        canvas.paste(Image.alpha_composite(canvas.convert("RGBA"), glow).convert("RGB"))
        glow = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
        gdraw = ImageDraw.Draw(glow)
        draw = ImageDraw.Draw(canvas)
        draw.line([(cx, 0), (cx, cy - r)], fill=(90, 80, 60), width=3)
        if star:
            points = []
            for k in range(10):
                radius = r if k % 2 == 0 else r * 0.45
                angle = -math.pi / 2 + k * math.pi / 5
                points.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
            draw.polygon(points, fill=lit, outline=shade(base, 0.6))
            draw.line(
                [(cx - r * 0.3, cy + r * 0.4), (cx - r * 0.4, cy + r * 1.6)], fill=shade(base, 0.8), width=6
            )
            draw.line(
                [(cx + r * 0.3, cy + r * 0.4), (cx + r * 0.4, cy + r * 1.6)], fill=shade(base, 0.8), width=6
            )
        else:
            draw.ellipse([cx - r, cy - r * 0.85, cx + r, cy + r * 0.85], fill=lit)
            for k in range(1, 6):
                x = cx - r + k * 2 * r / 6
                draw.arc(
                    [cx - abs(x - cx) - 2, cy - r * 0.85, cx + abs(x - cx) + 2, cy + r * 0.85],
                    90 if x < cx else 270,
                    270 if x < cx else 90,
                    fill=shade(lit, 0.75),
                    width=2,
                )
            draw.rectangle([cx - r * 0.3, cy - r * 0.95, cx + r * 0.3, cy - r * 0.8], fill=(60, 50, 40))
            draw.rectangle([cx - r * 0.3, cy + r * 0.8, cx + r * 0.3, cy + r * 0.95], fill=(60, 50, 40))
    return canvas


def draw_notebook(spec: dict, view: int, rng: random.Random) -> Image.Image:
    cover = spec["colours"][0]
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    if view == 1:
        return paper_sheet((WIDTH, HEIGHT), (236, 226, 204), rng, "fibres")
    sheet = paper_sheet((WIDTH, HEIGHT), cover, rng, "leaves" if rng.random() < 0.4 else "fibres")
    books = [(260, 120, 300, 380)] if view == 0 else [(140, 150, 240, 320), (430, 130, 240, 320)]
    for x, y, w, h in books:
        draw = ImageDraw.Draw(canvas)
        draw.rectangle([x + 6, y + 6, x + w + 8, y + h + 8], fill=(238, 230, 212))
        poly = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        shadow(canvas, poly, 10)
        paste_shape(canvas, sheet, poly)
        draw = ImageDraw.Draw(canvas)
        for k in range(6):
            sy = y + 30 + k * (h - 60) / 5
            draw.line([(x + 14, sy - 8), (x + 14, sy + 8)], fill=(240, 236, 226), width=3)
    return canvas


def draw_cards(spec: dict, view: int, rng: random.Random) -> Image.Image:
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    if view == 1:
        return paper_sheet((WIDTH, HEIGHT), spec["colours"][0], rng, "petals")
    sheets = {colour: paper_sheet((WIDTH, HEIGHT), colour, rng, "petals") for colour in spec["colours"][:2]}
    for k in range(5):
        card = sheets[spec["colours"][k % len(sheets)]]
        x, y = 120 + k * 95, 140 + (k % 2) * 40
        poly = [(x, y), (x + 200, y - 12), (x + 214, y + 280), (x + 12, y + 292)]
        shadow(canvas, poly, 8)
        paste_shape(canvas, card, poly)
    return canvas


# --- baskets, bamboo and wood ----------------------------------------------------------------------


def twill(
    size: tuple[int, int], base: RGB, rng: random.Random, scale: float = 1.0, two_tone: bool = False
) -> Image.Image:
    """Bamboo strips in a 2/2 twill: short bars stepping diagonally, light and dark."""
    img = Image.new("RGB", size, shade(base, 0.55))
    draw = ImageDraw.Draw(img)
    cell = int(14 * scale)
    dark = shade(base, 0.45) if two_tone else shade(base, 0.8)
    for row, y in enumerate(range(0, size[1], cell)):
        for col, x in enumerate(range(-cell * 4, size[0], cell)):
            horizontal = ((col + row) // 2) % 2 == 0
            colour = jitter(base if horizontal else dark, rng, 10)
            if horizontal:
                draw.rectangle([x + 1, y + 2, x + cell * 2 - 1, y + cell - 2], fill=colour)
            else:
                draw.rectangle([x + 2, y + 1, x + cell - 2, y + cell * 2 - 1], fill=colour)
    return img


def draw_basket(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    two_tone = spec.get("two_tone", False)
    if view == 1:
        return twill((WIDTH, HEIGHT), base, rng, 2.2, two_tone)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    ImageDraw.Draw(canvas).rectangle([0, 430, WIDTH, HEIGHT], fill=rng.choice(TABLE_TONES))
    weave = twill((WIDTH, HEIGHT), base, rng, 1.0, two_tone)
    shape = spec.get("item_motif") or "basket"
    draw = ImageDraw.Draw(canvas)
    if shape == "tray":
        shadow(canvas, [(120, 300), (680, 300), (700, 470), (100, 470)], 10)
        mask = Image.new("L", canvas.size, 0)
        ImageDraw.Draw(mask).ellipse([100, 250, 700, 500], fill=255)
        canvas.paste(weave, (0, 0), mask)
        draw.ellipse([100, 250, 700, 500], outline=shade(base, 0.6), width=12)
    elif shape == "kratip":
        body = [(330, 170), (470, 170), (490, 470), (310, 470)]
        shadow(canvas, body, 12)
        paste_shape(canvas, weave, body)
        draw.rectangle([320, 120, 480, 180], fill=shade(base, 0.85), outline=shade(base, 0.6), width=4)
        draw.line([(320, 150), (270, 90), (530, 90), (480, 150)], fill=shade(base, 0.5), width=6)
    else:
        body = [(220, 200), (580, 200), (540, 480), (260, 480)]
        shadow(canvas, body, 12)
        paste_shape(canvas, weave, body)
        draw.rectangle([212, 186, 588, 212], fill=shade(base, 0.7))
        if shape == "handle":
            draw.arc([290, 40, 510, 380], 180, 360, fill=shade(base, 0.6), width=14)
    return canvas


def draw_rattan(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    if view == 1:
        return twill((WIDTH, HEIGHT), base, rng, 2.5)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    draw = ImageDraw.Draw(canvas)
    if spec.get("item_motif") == "tray" or view == 2:
        cx, cy = 400, 320
        shadow(canvas, [(140, 220), (660, 220), (660, 430), (140, 430)], 10)
        for ring in range(24, 0, -1):
            rx, ry = ring * 11, ring * 5
            draw.ellipse(
                [cx - rx, cy - ry, cx + rx, cy + ry],
                fill=jitter(base, rng, 8),
                outline=shade(base, 0.7),
                width=2,
            )
        return canvas
    return draw_basket({**spec, "item_motif": "basket"}, 0, rng)


def draw_bamboo_ware(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice([(92, 64, 44), (230, 224, 212), (120, 88, 60)]), rng)
    draw = ImageDraw.Draw(canvas)
    if view == 1:
        for k in range(9):
            x = 80 + k * 72
            draw.rounded_rectangle(
                [x, 40, x + 40, 560], radius=18, fill=jitter(base, rng, 10), outline=shade(base, 0.7)
            )
            for node in (160, 360):
                draw.line([(x, node), (x + 40, node)], fill=shade(base, 0.6), width=3)
        return canvas
    for k in range(rng.randint(4, 7)):
        x = 150 + k * 80 + rng.randint(-10, 10)
        colour = jitter(base, rng, 10)
        if k % 3 == 0:
            draw.ellipse([x - 38, 150, x + 38, 250], fill=colour, outline=shade(base, 0.6), width=2)
            draw.rounded_rectangle([x - 9, 240, x + 9, 500], radius=8, fill=colour)
        else:
            draw.rounded_rectangle([x - 8, 120, x + 8, 500], radius=7, fill=colour, outline=shade(base, 0.6))
    return canvas


def draw_wood(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    if view == 1:
        return wood_surface((WIDTH, HEIGHT), base, rng)
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    piece = wood_surface((WIDTH, HEIGHT), base, rng)
    box = (150, 140, 650, 460) if view == 0 else (250, 90, 550, 510)
    poly = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    shadow(canvas, poly, 14)
    paste_shape(canvas, piece, poly)
    draw = ImageDraw.Draw(canvas)
    inset = 34
    draw.rounded_rectangle(
        [box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset],
        radius=20,
        outline=shade(base, 0.6),
        width=6,
    )
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for k in range(8):
        angle = k * math.pi / 4
        px, py = cx + math.cos(angle) * 60, cy + math.sin(angle) * 60
        draw.ellipse([px - 30, py - 18, px + 30, py + 18], outline=shade(base, 0.55), width=4)
    draw.ellipse([cx - 22, cy - 22, cx + 22, cy + 22], fill=shade(base, 0.7))
    return canvas


# --- clay, metal, food ---------------------------------------------------------------------------


POT_PROFILES = {
    "jar": [(0.30, 0.0), (0.34, 0.06), (0.48, 0.3), (0.5, 0.55), (0.42, 0.85), (0.3, 1.0)],
    "pot": [(0.36, 0.0), (0.4, 0.08), (0.5, 0.35), (0.46, 0.75), (0.3, 1.0)],
    "vase": [(0.16, 0.0), (0.14, 0.2), (0.3, 0.55), (0.34, 0.75), (0.24, 1.0)],
    "bowl": [(0.5, 0.0), (0.46, 0.45), (0.3, 0.9), (0.22, 1.0)],
    "cup": [(0.34, 0.0), (0.33, 0.6), (0.28, 0.95), (0.24, 1.0)],
}


def pot(
    draw: ImageDraw.ImageDraw, cx: float, bottom: float, width: float, height: float, kind: str, colour: RGB
) -> None:
    """A turned pot seen from the side: the profile mirrored, lit from the left."""
    profile = POT_PROFILES.get(kind, POT_PROFILES["pot"])
    top = bottom - height
    right = [(cx + r * width, top + t * height) for r, t in profile]
    left = [(cx - r * width, top + t * height) for r, t in reversed(profile)]
    draw.polygon(right + left, fill=colour)
    draw.polygon([(cx, top), *right, (cx + profile[-1][0] * width * 0.2, bottom)], fill=shade(colour, 0.8))
    rim = profile[0][0] * width
    draw.ellipse(
        [cx - rim, top - rim * 0.18, cx + rim, top + rim * 0.18],
        fill=shade(colour, 0.55),
        outline=shade(colour, 1.15),
        width=3,
    )


def draw_pottery(spec: dict, view: int, rng: random.Random) -> Image.Image:
    base = spec["colours"][0]
    canvas = plain_surface((WIDTH, HEIGHT), rng.choice(WALL_TONES))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([0, 440, WIDTH, HEIGHT], fill=rng.choice(TABLE_TONES))
    kind = spec.get("item_motif") or "pot"
    if view == 1:
        surface = Image.new("RGB", (WIDTH, HEIGHT), base)
        sdraw = ImageDraw.Draw(surface)
        for _ in range(400):
            x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
            r = rng.uniform(2, 14)
            sdraw.ellipse([x - r, y - r, x + r, y + r], fill=jitter(base, rng, 18))
        for y in range(0, HEIGHT, 22):
            sdraw.line([(0, y), (WIDTH, y + rng.uniform(-4, 4))], fill=shade(base, 0.85), width=2)
        return surface
    if view == 0:
        pot(draw, 400, 500, 420, 400 if kind in ("jar", "vase") else 300, kind, jitter(base, rng, 6))
    else:
        for cx, scale in ((220, 0.7), (430, 1.0), (620, 0.55)):
            pot(draw, cx, 500, 260 * scale, 300 * scale, kind, jitter(base, rng, 10))
    return canvas


def draw_knife(spec: dict, view: int, rng: random.Random) -> Image.Image:
    canvas = wood_surface((WIDTH, HEIGHT), rng.choice(TABLE_TONES), rng)
    draw = ImageDraw.Draw(canvas)
    handle = spec["colours"][0]
    steel = (150, 152, 156)
    count = 1 if view == 1 else rng.randint(2, 4)
    scale = 1.8 if view == 1 else 1.0
    for k in range(count):
        y = 300 if count == 1 else 150 + k * (320 / max(1, count - 1))
        length = rng.uniform(260, 380) * scale
        depth = rng.uniform(36, 70) * scale
        x0 = 400 - length / 2
        blade = [
            (x0, y - depth / 2),
            (x0 + length, y - depth / 2),
            (x0 + length + depth * 0.6, y + depth / 2),
            (x0, y + depth / 2),
        ]
        shadow(canvas, blade, 6)
        draw.polygon(blade, fill=steel)
        draw.rectangle([x0, y - depth / 2, x0 + length, y - depth / 4], fill=(52, 50, 50))
        draw.line(
            [(x0, y + depth / 2 - 3), (x0 + length + depth * 0.55, y + depth / 2 - 3)],
            fill=(215, 218, 222),
            width=3,
        )
        draw.rounded_rectangle(
            [x0 - 150 * scale, y - depth / 3, x0 + 4, y + depth / 3],
            radius=10,
            fill=handle,
            outline=shade(handle, 0.6),
            width=2,
        )
    return canvas


def draw_silver(spec: dict, view: int, rng: random.Random) -> Image.Image:
    cloth = spec.get("backdrop", (36, 44, 78))
    canvas = woven((WIDTH, HEIGHT), [cloth], shade(cloth, 0.8), "plain", 1.0, rng)
    draw = ImageDraw.Draw(canvas)
    metal = spec["colours"][0]
    highlight = shade(metal, 1.5)
    if view == 1:
        draw.ellipse([100, 60, 700, 540], fill=metal)
        for _ in range(500):
            x, y = rng.uniform(140, 660), rng.uniform(100, 500)
            if (x - 400) ** 2 / 300**2 + (y - 300) ** 2 / 240**2 < 0.9:
                r = rng.uniform(4, 10)
                draw.ellipse([x - r, y - r, x + r, y + r], fill=jitter(metal, rng, 25))
        return canvas
    if spec.get("item_motif") == "bowl":
        pot(draw, 400, 480, 420, 260, "bowl", metal)
        for k in range(12):
            x = 250 + k * 26
            draw.ellipse([x - 9, 300, x + 9, 340], outline=highlight, width=2)
        draw.arc([220, 240, 380, 460], 200, 250, fill=highlight, width=6)
        return canvas
    for _ in range(rng.randint(2, 4)):
        cx, cy = rng.uniform(220, 580), rng.uniform(180, 420)
        r = rng.uniform(50, 120)
        draw.ellipse([cx - r, cy - r * 0.7, cx + r, cy + r * 0.7], outline=metal, width=int(r / 6))
        draw.arc([cx - r, cy - r * 0.7, cx + r, cy + r * 0.7], 200, 260, fill=highlight, width=4)
    return canvas


def draw_coffee(spec: dict, view: int, rng: random.Random) -> Image.Image:
    canvas = woven((WIDTH, HEIGHT), [(176, 150, 108)], (150, 124, 86), "checks", 0.6, rng)
    draw = ImageDraw.Draw(canvas)
    bean = spec["colours"][0]
    count, size = (60, 34) if view == 1 else (180, 18)
    if view == 2:
        draw.rectangle([250, 120, 550, 520], fill=(120, 92, 60), outline=(80, 60, 40), width=4)
        draw.rectangle([290, 230, 510, 330], fill=(236, 226, 204))
    for _ in range(count):
        x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
        if view == 2 and 240 < x < 560 and 110 < y < 530:
            continue
        angle = rng.uniform(0, math.pi)
        dx, dy = math.cos(angle) * size, math.sin(angle) * size
        nx, ny = -dy * 0.7, dx * 0.7
        colour = jitter(bean, rng, 14)
        draw.ellipse([x - size, y - size * 0.75, x + size, y + size * 0.75], fill=colour)
        draw.line(
            [(x - dx * 0.7 + nx * 0.1, y - dy * 0.7 + ny * 0.1), (x + dx * 0.7, y + dy * 0.7)],
            fill=shade(colour, 0.5),
            width=max(2, size // 6),
        )
    return canvas


def draw_tea(spec: dict, view: int, rng: random.Random) -> Image.Image:
    canvas = wood_surface((WIDTH, HEIGHT), (206, 180, 120), rng)
    draw = ImageDraw.Draw(canvas)
    leaf = spec["colours"][0]
    count, size = (30, 70) if view == 1 else (170, 26)
    if view == 2:
        draw.ellipse([220, 140, 580, 460], fill=(236, 232, 220))
        draw.ellipse([250, 170, 550, 430], fill=(176, 150, 70))
    for _ in range(count):
        x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
        if view == 2 and (x - 400) ** 2 + (y - 300) ** 2 < 190**2:
            continue
        angle = rng.uniform(0, math.pi)
        length = size * rng.uniform(0.6, 1.3)
        dx, dy = math.cos(angle) * length, math.sin(angle) * length
        nx, ny = -dy * 0.25, dx * 0.25
        draw.polygon(
            [(x - dx, y - dy), (x + nx, y + ny), (x + dx, y + dy), (x - nx, y - ny)],
            fill=jitter(leaf, rng, 16),
        )
    return canvas


DRAWINGS: dict[str, Callable[[dict, int, random.Random], Image.Image]] = {
    "scarf": draw_scarf,
    "cloth": draw_cloth,
    "sinh": draw_sinh,
    "cushion": draw_cushion,
    "bag": draw_bag,
    "embroidery": draw_embroidery,
    "hemp": draw_hemp,
    "paper": draw_paper,
    "lantern": draw_lantern,
    "notebook": draw_notebook,
    "cards": draw_cards,
    "basket": draw_basket,
    "rattan": draw_rattan,
    "bamboo-ware": draw_bamboo_ware,
    "wood": draw_wood,
    "pottery": draw_pottery,
    "knife": draw_knife,
    "silver": draw_silver,
    "coffee": draw_coffee,
    "tea": draw_tea,
}


def product_picture(kind: str, spec: dict, view: int, seed: str) -> bytes:
    """An 800×600 JPEG of a product: view 0 the whole piece, 1 a close-up, 2 another arrangement."""
    rng = random.Random(f"{seed}:{view}")
    return finish(DRAWINGS[kind](spec, view, rng), rng)


# --- producers -------------------------------------------------------------------------------------


def producer_picture(colours: Sequence[RGB], seed: str, *, river: bool = True, fields: bool = False) -> bytes:
    """A village scene: hills, the river, a house on stilts and the group's work drying in the sun."""
    rng = random.Random(seed)
    img = Image.new("RGB", (WIDTH, HEIGHT), (150, 190, 220))
    sky = Image.linear_gradient("L").resize((WIDTH, HEIGHT)).point(lambda v: int(v * 0.5))
    img = Image.composite(Image.new("RGB", img.size, (228, 232, 226)), img, sky)
    draw = ImageDraw.Draw(img)
    for layer, tone in enumerate([(120, 150, 130), (86, 124, 88), (60, 100, 64)]):
        base = 230 + layer * 60
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 80, 80):
            points.append((x, base - rng.uniform(20, 110)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=tone)
    if river:
        draw.polygon([(0, 430), (WIDTH, 400), (WIDTH, 470), (0, 500)], fill=(168, 138, 96))
    ground_top = 470 if river else 420
    draw.rectangle([0, ground_top, WIDTH, HEIGHT], fill=(132, 112, 76))
    if fields:
        for row in range(5):
            for x in range(20 + row * 13, WIDTH, 60):
                y = ground_top + 18 + row * 24
                draw.ellipse([x - 22, y - 12, x + 22, y + 12], fill=jitter((54, 110, 52), rng, 14))
    # A house on stilts with a steep roof.
    hx = rng.randint(80, 200)
    for post in range(4):
        draw.rectangle(
            [hx + post * 60, ground_top - 90, hx + post * 60 + 8, ground_top + 10], fill=(80, 60, 40)
        )
    draw.rectangle([hx - 10, ground_top - 170, hx + 200, ground_top - 90], fill=(140, 104, 70))
    draw.polygon(
        [(hx - 40, ground_top - 165), (hx + 95, ground_top - 250), (hx + 230, ground_top - 165)],
        fill=(96, 70, 52),
    )
    # The work of the group drying on a line or laid out in the sun.
    draw.line([(330, ground_top - 150), (760, ground_top - 160)], fill=(70, 60, 50), width=3)
    for k in range(6):
        x = 345 + k * 68
        colour = jitter(colours[k % len(colours)], rng, 10)
        draw.rectangle(
            [x, ground_top - 152 - k * 2, x + 52, ground_top - 40 + rng.randint(-20, 20)], fill=colour
        )
        draw.line([(x, ground_top - 120), (x + 52, ground_top - 120)], fill=shade(colour, 0.7), width=4)
    return finish(img, rng)
