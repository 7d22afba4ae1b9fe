"""Regenerates the PIL reference of BilinearResize / ColorJitter (Debian python3-pil 9.4, numpy):
   /usr/bin/python3 make_fixture.py
input.png is a 32 x 24 RGB image; resize.npz holds PIL's outputs (the colour jitter applied to resize_16x16) as float32 [H, W, 3] in [0, 1]."""
import numpy as np
from PIL import Image, ImageEnhance

rng = np.random.default_rng(7)
y, x = np.mgrid[0:24, 0:32]
smooth = np.stack([128 + 100 * np.sin(x / 5.0 + c) * np.cos(y / 7.0 - c) for c in range(3)], axis=-1)
img = np.clip(smooth + rng.normal(0, 12, smooth.shape), 0, 255).astype(np.uint8)
img[10:12, :, :] = 250      # sharp edges
img[:, 20:22, 1] = 5
Image.fromarray(img).save("input.png")
im = Image.open("input.png").convert("RGB")

def f(pil):
    return (np.asarray(pil).astype(np.float32) / 255.0)

small = im.resize((16, 16), Image.BILINEAR)  # the colour jitter runs on this 16 x 16 image
out = {
    # torchvision Resize((16, 16)): shrinks both axes (by 2 and 1.5)
    "resize_16x16": f(im.resize((16, 16), Image.BILINEAR)),
    # a RandomResizedCrop box (top 3, left 5, h 13, w 11) to 20 x 20: enlarges
    "crop_3_5_13_11_to_20x20": f(im.crop((5, 3, 16, 16)).resize((20, 20), Image.BILINEAR)),
    # box (top 4, left 2, h 17, w 29) to width 12, height 22: shrinks x by 2.4, enlarges y
    "crop_4_2_17_29_to_12x22": f(im.crop((2, 4, 31, 21)).resize((12, 22), Image.BILINEAR)),
    "brightness_0.93": f(ImageEnhance.Brightness(small).enhance(0.93)),
    "brightness_1.08": f(ImageEnhance.Brightness(small).enhance(1.08)),
    "contrast_1.07": f(ImageEnhance.Contrast(small).enhance(1.07)),
    "contrast_0.9": f(ImageEnhance.Contrast(small).enhance(0.9)),
    "saturation_0.91": f(ImageEnhance.Color(small).enhance(0.91)),
    "saturation_1.1": f(ImageEnhance.Color(small).enhance(1.1)),
}
np.savez_compressed("resize.npz", **out)
