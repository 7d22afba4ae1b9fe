#!/usr/bin/env python3
"""Times one CRW training step in PyTorch, built the way videowalk builds it, for side-by-side benchmarks.

Same computation as `./jaywalk bench train experiments/bench.conf`: ResNet-18 (torchvision) with layer3/layer4
strides 1, reflect padding, fc/avgpool removed; patches mean-pooled; a linear 512->128 head; L2 normalization;
palindrome walks with edge dropout; cross-entropy of log(A + 1e-20); Adam. Written for Jaywalk's benchmarks
(not copied from videowalk); needs python3-torch and python3-torchvision (Debian bookworm: 1.13.1 / 0.14.1).

Prints one JSON object: {"clips_per_s", "s_per_step", "steps", "warmup", "threads", "torch"}.
"""
import argparse
import json
import time

import torch
import torch.nn.functional as F
import torchvision


def encoder():
    net = torchvision.models.resnet18()
    for layer in (net.layer3, net.layer4):
        for m in layer.modules():
            if isinstance(m, torch.nn.Conv2d):
                m.stride = (1, 1)
    for m in net.modules():
        if isinstance(m, torch.nn.Conv2d) and sum(m.padding) > 0:
            m.padding_mode = "reflect"
    net.fc, net.avgpool = None, None

    def forward(x):
        x = net.maxpool(net.relu(net.bn1(net.conv1(x))))
        return net.layer4(net.layer3(net.layer2(net.layer1(x))))

    return net, forward


def step_fn(b, t, n, temperature, edge_dropout):
    net, forward = encoder()
    head = torch.nn.Linear(512, 128)
    params = list(net.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=1e-4)

    def step(x):  # x: [B, T, N*3, P, P]
        p = x.shape[-1]
        frames = x.view(b, t, n, 3, p, p).permute(0, 2, 1, 3, 4, 5).reshape(-1, 3, p, p)
        maps = forward(frames)  # [B*N*T, C, h, w]
        feats = head(maps.mean((-1, -2)))
        q = F.normalize(feats, dim=-1).view(b, n, t, -1).permute(0, 3, 2, 1)  # [B, C, T, N]
        a = torch.einsum("bctn,bctm->btnm", q[:, :, :-1], q[:, :, 1:])
        mask = torch.rand_like(a) < edge_dropout
        a = a.masked_fill(mask, -1e20)
        fwd = [F.softmax(a[:, i] / temperature, -1) for i in range(t - 1)]
        bwd = [F.softmax(a[:, i].transpose(-1, -2).masked_fill(torch.rand_like(a[:, i]) < edge_dropout, -1e20)
                         / temperature, -1) for i in range(t - 1)]
        target = torch.arange(n).repeat(b)
        losses = []
        for i in range(1, t - 1):
            walk = fwd[0]
            for m in fwd[1:i + 1] + bwd[:i + 1][::-1]:
                walk = walk @ m
            losses.append(F.cross_entropy(torch.log(walk + 1e-20).flatten(0, -2), target))
        loss = sum(losses) / len(losses)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=2)
    ap.add_argument("--frames", type=int, default=4)
    ap.add_argument("--nodes", type=int, default=9)
    ap.add_argument("--patch", type=int, default=64)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    step = step_fn(args.batch, args.frames, args.nodes, 0.05, 0.1)
    x = torch.randn(args.batch, args.frames, args.nodes * 3, args.patch, args.patch)
    for _ in range(args.warmup):
        step(x)
    start = time.perf_counter()
    for _ in range(args.steps):
        step(x)
    per_step = (time.perf_counter() - start) / args.steps
    print(json.dumps({"clips_per_s": args.batch / per_step, "s_per_step": per_step, "steps": args.steps,
                      "warmup": args.warmup, "threads": torch.get_num_threads(), "torch": torch.__version__}))


if __name__ == "__main__":
    main()
