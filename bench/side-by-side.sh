#!/usr/bin/env bash
# Measures Jaywalk's training step and the PyTorch reference step of the same model on this machine,
# alternating for ROUNDS rounds, and prints each round's clips/s ratio, a summary, the FLOPs of one step, the
# GFLOP/s each side achieves and this CPU's measured float32 peak (a large matrix product in TensorFlow,
# `jaywalk bench peak`, and in PyTorch).
# Run it on a quiet machine: other processes distort timings by up to 4x. Needs Debian's python3-torch and
# python3-torchvision (apt-get install ...). Extra arguments go to `jaywalk bench train` (e.g. train.kernels=conv).
#   bench/side-by-side.sh [rounds] [warmup] [steps] [key=value ...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-3}"
WARMUP="${2:-3}"
STEPS="${3:-10}"
shift $(( $# < 3 ? $# : 3 ))
PY="${PYTHON:-/usr/bin/python3}"
THREADS="$(nproc)"

"$ROOT/jaywalk" config "$ROOT/experiments/bench.conf" >/dev/null   # builds once, outside the timings
results=()
for round in $(seq 1 "$ROUNDS"); do
  jaywalk=$("$ROOT/jaywalk" bench train "$ROOT/experiments/bench.conf" "$@" --warmup "$WARMUP" --steps "$STEPS" --json 2>/dev/null | tail -1)
  reference=$("$PY" "$ROOT/bench/reference_step.py" --threads "$THREADS" --warmup "$WARMUP" --steps "$STEPS" | tail -1)
  echo "round $round jaywalk:   $jaywalk"
  echo "round $round reference: $reference"
  results+=("$jaywalk" "$reference")
done

peak=$("$ROOT/jaywalk" bench peak --size 2048 --runs 10 --json 2>/dev/null | tail -1)

"$PY" - "$THREADS" "$peak" "${results[@]}" <<'PYEOF'
import json, statistics, sys, time
import torch

threads = int(sys.argv[1])
tf_peak = json.loads(sys.argv[2])["gflops"]
runs = [json.loads(a) for a in sys.argv[3:]]
pairs = list(zip(runs[0::2], runs[1::2]))

# FLOPs of one training step of bench.conf, counted analytically: the convolutions of videowalk's ResNet-18
# (layer3/layer4 at stride 1) on B*T*N = 2*4*9 = 72 patches of 64x64, 2 FLOPs per multiply-add, backward = 2x
# forward (input and filter gradients; the stem needs no input gradient). Batch norm, ReLU, pooling and the walk
# add well under 1% and are left out.
def conv(m, h, w, cin, cout, k, s, pad):
    ho, wo = (h + 2 * pad - k) // s + 1, (w + 2 * pad - k) // s + 1
    return 2 * m * ho * wo * cout * cin * k * k, ho, wo

m, h, w = 72, 64, 64
stem, h, w = conv(m, h, w, 3, 64, 7, 2, 3)
forward, backward = stem, stem                       # stem: filter gradient only
h, w = (h + 2 - 3) // 2 + 1, (w + 2 - 3) // 2 + 1    # max pool 3x3/2
cin = 64
for planes, stride in ((64, 1), (128, 2), (256, 1), (512, 1)):
    for block in range(2):
        s = stride if block == 0 else 1
        f1, ho, wo = conv(m, h, w, cin, planes, 3, s, 1)
        f2, _, _ = conv(m, ho, wo, planes, planes, 3, 1, 1)
        fd = conv(m, h, w, cin, planes, 1, s, 0)[0] if (s != 1 or cin != planes) else 0
        forward += f1 + f2 + fd
        backward += 2 * (f1 + f2 + fd)
        h, w, cin = ho, wo, planes
flops = forward + backward

torch.set_num_threads(threads)
n = 2048
a, b = torch.rand(n, n), torch.rand(n, n)
for _ in range(3):
    torch.mm(a, b)
best = float("inf")
for _ in range(10):
    t = time.perf_counter()
    torch.mm(a, b)
    best = min(best, time.perf_counter() - t)
peak = 2 * n ** 3 / best / 1e9

ratios = []
for i, (j, r) in enumerate(pairs, 1):
    ratio = j["clips_per_s"] / r["clips_per_s"]
    ratios.append(ratio)
    print("round %d: jaywalk %.3f s/step, reference %.3f s/step, clips/s ratio %.2f"
          % (i, j["s_per_step"], r["s_per_step"], ratio))
js = [j["s_per_step"] for j, _ in pairs]
rs = [r["s_per_step"] for _, r in pairs]
print("summary over %d rounds: clips/s ratio jaywalk / reference median %.2f (min %.2f, max %.2f)"
      % (len(ratios), statistics.median(ratios), min(ratios), max(ratios)))
print("FLOPs per step: %.1f GFLOP (forward %.1f, backward %.1f; convolutions, counted analytically)"
      % (flops / 1e9, forward / 1e9, backward / 1e9))
print("achieved: jaywalk %.1f GFLOP/s, reference %.1f GFLOP/s (median step)"
      % (flops / 1e9 / statistics.median(js), flops / 1e9 / statistics.median(rs)))
print("this CPU's float32 matrix-product peak, %d threads, %dx%d, best of 10: TensorFlow MatMul (jaywalk bench peak)"
      " %.1f GFLOP/s, torch.mm %.1f GFLOP/s" % (threads, n, n, tf_peak, peak))
print("jaywalk's step at %.0f%% of the higher peak" % (100 * flops / 1e9 / statistics.median(js) / max(tf_peak, peak)))
PYEOF
