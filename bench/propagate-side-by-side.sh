#!/usr/bin/env bash
# Label propagation, Jaywalk against videowalk's own test.py on the same machine, alternating, round after round:
# the judo clip with DAVIS settings (./jaywalk propagate) and a generated JHMDB-sized clip (40 frames of 320x240,
# 15 joints) with JHMDB settings (./jaywalk eval ... evaluation.type=jhmdb). Prints each process's wall-clock and
# CPU seconds per round, the ratios, and how far the outputs agree (masks: differing pixels of frames 1..T-1;
# joints: largest coordinate difference). Run it on a quiet machine: other processes distort timings up to 4x.
#
#   VIDEOWALK_DIR=/path/to/videowalk bench/propagate-side-by-side.sh [rounds] [judo|jhmdb|both]
#
# VIDEOWALK_DIR is a checkout of github.com/ajabri/videowalk (its code/ folder is used, never modified: each round
# runs a fresh temporary copy). Without it only Jaywalk runs. The reference needs PyTorch, torchvision, OpenCV,
# scikit-learn, scikit-image, SciPy and imageio for PYTHON (default /usr/bin/python3, e.g. Debian's python3-torch
# 1.13). Its published code needs three shims to run on that stack, applied to the temporary copy only: stub
# modules for visdom and wandb (imported, unused without --visdom), NumPy's removed np.int & co. restored, and
# issue #10's two broken names (data/jhmdb.py's missing scipy.io import, utils.vis_pose -> test_utils.vis_pose).
# Other settings: CHECKPOINT (default ../shared/reference/crw-resnet18.pth), JUDO (a folder with JPEGImages/
# and Annotations/00000.png; default ../shared/data/judo), KEEP=1 keeps the temporary folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
WHICH="${2:-both}"
PY="${PYTHON:-/usr/bin/python3}"
CHECKPOINT="$(realpath "${CHECKPOINT:-$ROOT/../shared/reference/crw-resnet18.pth}")"
JUDO="$(realpath "${JUDO:-$ROOT/../shared/data/judo}")"
VW="${VIDEOWALK_DIR:-}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/jaywalk-side-by-side-XXXXXX")"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
case "$WORK$JUDO" in *.*) # vos.py names its caches by cutting label paths at every dot
  echo "the temporary folder ($WORK) and JUDO ($JUDO) must have no dot in their paths: set TMPDIR / JUDO" >&2
  exit 2;;
esac

if [ -n "$VW" ] && [ ! -f "$VW/code/test.py" ]; then
  echo "VIDEOWALK_DIR=$VW has no code/test.py: give the folder of a videowalk checkout" >&2
  exit 2
fi
[ -f "$CHECKPOINT" ] || { echo "checkpoint $CHECKPOINT not found: set CHECKPOINT" >&2; exit 2; }
[ -f "$JUDO/Annotations/00000.png" ] || { echo "$JUDO/Annotations/00000.png not found: set JUDO" >&2; exit 2; }

# the JHMDB-sized clip, made from the judo frames
"$PY" "$ROOT/bench/make_jhmdb_clip.py" "$JUDO/JPEGImages" "$WORK/jhmdb" >/dev/null

# the build happens before the first timed run
JAYWALK_SKIP_BUILD=0 "$ROOT/jaywalk" --version >/dev/null 2>&1 || true

# times "$@" into $WORK/time (wall user sys); its output goes to $WORK/log.<label>
timed() {
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >"$WORK/log.$label" 2>&1 || {
    echo "$label failed; its output:" >&2; tail -30 "$WORK/log.$label" >&2; exit 1; }
  cat "$WORK/time"
}

# a fresh copy of the reference code with the shims (test.py writes nothing into it, vos.py caches into the labels)
reference_copy() {
  rm -rf "$WORK/vw" && mkdir -p "$WORK/vw/shims" && cp -r "$VW/code" "$WORK/vw/code"
  touch "$WORK/vw/shims/visdom.py" "$WORK/vw/shims/wandb.py"
  cat > "$WORK/vw/shims/sitecustomize.py" <<'PYEOF'
import warnings
import numpy
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for _name, _type in (('int', int), ('float', float), ('bool', bool), ('object', object)):
        if _name in getattr(numpy, '__former_attrs__', {}):
            setattr(numpy, _name, _type)
PYEOF
  grep -q 'import scipy.io as sio' "$WORK/vw/code/data/jhmdb.py" || sed -i '1a import scipy.io as sio' "$WORK/vw/code/data/jhmdb.py"
  sed -i 's/utils\.vis_pose(/test_utils.vis_pose(/' "$WORK/vw/code/test.py"
}

reference() { # sets REF to test.py's command line, run in the copy: list out settings...
  local list="$1" out="$2"; shift 2
  REF=(env -C "$WORK/vw/code" PYTHONPATH="$WORK/vw/shims" "$PY" test.py --filelist "$list" --model-type scratch
       --resume "$CHECKPOINT" --save-path "$out" "$@")
}

judo_reference_data() { # DAVIS layout as vos.py reads it: a label file per frame (only frame 0's is used)
  rm -rf "$WORK/davis" && mkdir -p "$WORK/davis/Annotations"
  local n=0
  for f in "$JUDO"/JPEGImages/*; do
    cp "$JUDO/Annotations/00000.png" "$WORK/davis/Annotations/$(printf '%05d' $n).png"; n=$((n + 1))
  done
  echo "$JUDO/JPEGImages $WORK/davis/Annotations" > "$WORK/davis/vallist.txt"
}

jhmdb_reference_data() { # the same clip, fresh (the loader may cache files beside the labels)
  rm -rf "$WORK/jhmdb-ref" && "$PY" "$ROOT/bench/make_jhmdb_clip.py" "$JUDO/JPEGImages" "$WORK/jhmdb-ref" >/dev/null
}

compare_masks() { # jaywalk_dir reference_dir: indexed PNGs against test.py's <vid>_<t>_mask.png (BGR colours)
  "$PY" - "$1" "$2" "$JUDO/Annotations/00000.png" <<'PYEOF'
import os, sys
import numpy as np
from PIL import Image
ours, ref, first = sys.argv[1:]
palette = np.array(Image.open(first).getpalette()[:768], dtype=np.uint8).reshape(-1, 3)
names = sorted(n for n in os.listdir(ours) if n.endswith('.png'))
diff = total = 0
for t, name in enumerate(names[1:], start=1):
    mine = palette[np.array(Image.open(os.path.join(ours, name)))][..., ::-1]  # test.py writes cv2's BGR colours
    theirs = np.array(Image.open(os.path.join(ref, '0_%d_mask.png' % t)).convert('RGB'))
    diff += int(np.any(mine != theirs, axis=-1).sum()); total += mine.shape[0] * mine.shape[1]
print('masks: %d of %d pixels differ (frames 1..%d)' % (diff, total, len(names) - 1))
PYEOF
}

compare_joints() { # jaywalk keypoints.npz against test.py's 0.dat, both [2, 15, T] in feature cells
  "$PY" - "$1" "$2" <<'PYEOF'
import sys
import numpy as np
ours = np.load(sys.argv[1]); ours = ours[ours.files[0]]
theirs = np.load(sys.argv[2], allow_pickle=True)
d = np.abs(np.asarray(ours, np.float64) - np.asarray(theirs, np.float64))
print('joints: largest difference %.3g cells, %d of %d coordinates differ' % (d.max(), int((d > 0).sum()), d.size))
PYEOF
}

report() { # label jaywalk-times reference-times
  local label="$1" j="$2" r="$3"
  if [ -z "$r" ]; then
    printf '%-6s jaywalk %6.1f s wall, %6.1f s CPU\n' "$label" $(echo "$j" | awk '{print $1, $2 + $3}')
  else
    echo "$j $r" | awk -v l="$label" '{printf "%-6s jaywalk %6.1f s wall, %6.1f s CPU | reference %6.1f s wall, %6.1f s CPU | ratio %5.1fx wall, %5.1fx CPU\n", l, $1, $2 + $3, $4, $5 + $6, $4 / $1, ($5 + $6) / ($2 + $3)}'
  fi
}

if [ -z "$VW" ]; then
  echo "VIDEOWALK_DIR not set: timing Jaywalk only" >&2
fi
echo "judo: $(ls "$JUDO/JPEGImages" | wc -l) frames, DAVIS settings (video-len 20, topk 10, radius 12, temperature 0.05)"
echo "jhmdb: 40 frames of 320x240, 15 joints, JHMDB settings (crop 320, video-len 7, topk 10, radius 12, temperature 0.05)"
echo "$(nproc) cores; times per process, start to exit"
for round in $(seq 1 "$ROUNDS"); do
  if [ "$WHICH" != jhmdb ]; then
    rm -rf "$WORK/jaywalk-judo"
    j=$(timed jaywalk-judo "$ROOT/jaywalk" propagate --frames "$JUDO/JPEGImages" --mask "$JUDO/Annotations/00000.png" \
        --checkpoint "$CHECKPOINT" --out "$WORK/jaywalk-judo" --video-len 20 --topk 10 --radius 12 --temperature 0.05)
    r=""
    if [ -n "$VW" ]; then
      reference_copy; judo_reference_data; rm -rf "$WORK/ref-judo"
      reference "$WORK/davis/vallist.txt" "$WORK/ref-judo" --topk 10 --videoLen 20 --radius 12 --temperature 0.05 \
          --cropSize -1
      r=$(timed reference-judo "${REF[@]}")
    fi
    echo "round $round: $(report judo "$j" "$r")"
    [ -z "$r" ] || echo "         $(compare_masks "$WORK/jaywalk-judo" "$WORK/ref-judo")"
  fi
  if [ "$WHICH" != judo ]; then
    rm -rf "$WORK/jaywalk-jhmdb"
    j=$(timed jaywalk-jhmdb "$ROOT/jaywalk" eval "$ROOT/experiments/quickstart-eval.conf" --checkpoint "$CHECKPOINT" \
        --out "$WORK/jaywalk-jhmdb" evaluation.type=jhmdb evaluation.root="$WORK/jhmdb" \
        evaluation.list=jhmdb_testlist.txt evaluation.crop-size=320 evaluation.video-len=7 evaluation.topk=10 \
        evaluation.radius=12 evaluation.temperature=0.05)
    r=""
    if [ -n "$VW" ]; then
      reference_copy; jhmdb_reference_data; rm -rf "$WORK/ref-jhmdb"
      reference "$WORK/jhmdb-ref/jhmdb_testlist.txt" "$WORK/ref-jhmdb" --topk 10 --videoLen 7 --radius 12 \
          --temperature 0.05 --cropSize 320 --workers 0
      r=$(timed reference-jhmdb "${REF[@]}")
    fi
    echo "round $round: $(report jhmdb "$j" "$r")"
    [ -z "$r" ] || echo "         $(compare_joints "$WORK/jaywalk-jhmdb/keypoints.npz" "$WORK/ref-jhmdb/0.dat")"
  fi
done
