#!/usr/bin/env python3
"""Draws the app's PNG icons (192, 512 and a maskable 512) with Pillow, matching static/icons/icon.svg.
Run once after changing the design: `pip install pillow && python3 tools/make_icons.py`."""
from PIL import Image, ImageDraw

BLUE, WHITE = (11, 92, 173, 255), (255, 255, 255, 255)


def draw(size, maskable):
    s = size / 512
    img = Image.new("RGBA", (size, size), BLUE if maskable else (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if not maskable:
        d.rounded_rectangle([0, 0, size - 1, size - 1], radius=int(96 * s), fill=BLUE)
    k = 0.8 if maskable else 1.0  # maskable icons keep their content in the central safe zone
    c = size / 2
    pt = lambda x, y: (c + (x - 256) * s * k, c + (y - 256) * s * k)
    shield = [pt(256, 88), pt(392, 140), pt(392, 244), pt(370, 330), pt(256, 432), pt(142, 330), pt(120, 244), pt(120, 140)]
    d.polygon(shield, fill=WHITE)
    d.line([pt(200, 262), pt(240, 302), pt(320, 214)], fill=BLUE, width=max(2, int(36 * s * k)), joint="curve")
    return img


for size, maskable, name in [(192, False, "icon-192.png"), (512, False, "icon-512.png"), (512, True, "maskable-512.png")]:
    draw(size, maskable).save(f"static/icons/{name}", optimize=True)
