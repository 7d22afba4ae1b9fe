"""Writes a JHMDB-sized clip in JHMDB's on-disk layout, for timing label propagation on it.

    make_jhmdb_clip.py SOURCE_FRAMES OUT [--frames 40] [--width 320] [--height 240]

The frames are SOURCE_FRAMES' images (sorted by name) played forwards and backwards until there are enough,
each pass through them cropped a little further right and down (no two frames are the same picture: equal
features would make equal affinities, whose order the reference leaves unspecified), resized to WIDTH x HEIGHT:
OUT/Frames/clip/00001.png ... Its 15 joints stand still as a stick figure in the
middle of the frame: OUT/joint_positions/clip/joint_positions.mat (pos_img [2, 15, T], 1-based pixels, as
JHMDB stores it). OUT/jhmdb_testlist.txt lists the clip with absolute paths (the name contains "jhmdb", which
videowalk's test.py needs to pick its JHMDB loader). Needs NumPy, SciPy and Pillow.
"""
import argparse
import os

import numpy as np
import scipy.io
from PIL import Image

# a standing figure, in units of the frame height around its centre: neck, belly, face, shoulders (r, l),
# hips (r, l), elbows (r, l), knees (r, l), wrists (r, l), ankles (r, l)
FIGURE = [(0.0, -0.25), (0.0, 0.0), (0.0, -0.35), (-0.08, -0.24), (0.08, -0.24), (-0.06, 0.08), (0.06, 0.08),
          (-0.12, -0.08), (0.12, -0.08), (-0.07, 0.24), (0.07, 0.24), (-0.14, 0.06), (0.14, 0.06),
          (-0.07, 0.4), (0.07, 0.4)]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('source')
    p.add_argument('out')
    p.add_argument('--frames', type=int, default=40)
    p.add_argument('--width', type=int, default=320)
    p.add_argument('--height', type=int, default=240)
    a = p.parse_args()
    names = sorted(n for n in os.listdir(a.source) if n.lower().endswith(('.jpg', '.jpeg', '.png')))
    if len(names) < 2:
        raise SystemExit('%s: need at least 2 frames' % a.source)
    order = list(range(len(names))) + list(range(len(names) - 2, 0, -1))  # forwards, then backwards
    passes = (a.frames + len(names) - 2) // (len(names) - 1)
    frames = os.path.join(a.out, 'Frames', 'clip')
    joints = os.path.join(a.out, 'joint_positions', 'clip')
    os.makedirs(frames, exist_ok=True)
    os.makedirs(joints, exist_ok=True)
    for t in range(a.frames):
        img = Image.open(os.path.join(a.source, names[order[t % len(order)]])).convert('RGB')
        # pass p (a run of len(names) - 1 frames) is cropped p steps of 1/16 of the margin right and down
        step = (t // (len(names) - 1)) / max(1, passes - 1) / 16
        box = (round(step * img.width), round(step * img.height), img.width - round((1 / 16 - step) * img.width),
               img.height - round((1 / 16 - step) * img.height))
        img.crop(box).resize((a.width, a.height), Image.BILINEAR).save(os.path.join(frames, '%05d.png' % (t + 1)))
    xy = np.array([[a.width / 2 + dx * a.height, a.height / 2 + dy * a.height] for dx, dy in FIGURE]).T + 1.0
    pos = np.repeat(xy[:, :, None], a.frames, axis=2)  # [2, 15, T]
    mat = os.path.join(joints, 'joint_positions.mat')
    scipy.io.savemat(mat, {'pos_img': pos, 'pos_world': pos / a.height, 'scale': np.ones((1, a.frames)),
                           'viewpoint': np.array(['E' * a.frames])})
    with open(os.path.join(a.out, 'jhmdb_testlist.txt'), 'w') as f:
        f.write('%s %s\n' % (os.path.abspath(frames), os.path.abspath(mat)))


if __name__ == '__main__':
    main()
