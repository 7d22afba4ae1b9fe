"""Writes the small torch.save files that Jaywalk's format tests read.

    python3 torch_fixtures.py committed DIR   # the fixtures committed under framework/src/test/resources/torch
    python3 torch_fixtures.py live DIR SEED   # random files for the live-torch tests (not committed)

Each state dict is written in both torch.save formats (zip: PyTorch 1.6+; legacy: _use_new_zipfile_serialization
=False) together with NAME-expected.npz, the same tensors written by NumPy (contiguous, C order).
Run with Debian's python3-torch (1.13).
"""
import argparse
import collections
import sys

import numpy as np
import torch
import torch.nn as nn


def small_state_dict():
    """Every dtype Jaywalk reads, views with offsets and strides, a shared storage, a parameter, _metadata."""
    bn = nn.BatchNorm2d(3)
    with torch.no_grad():
        bn.weight.copy_(torch.tensor([1.5, -2.0, 0.25]))
        bn.running_mean.copy_(torch.tensor([0.1, 0.2, 0.3]))
    bn.num_batches_tracked.fill_(5)
    sd = bn.state_dict()  # an OrderedDict with _metadata
    base = torch.arange(15, dtype=torch.float32).reshape(3, 5) / 7
    shared = torch.linspace(-1, 1, 12).reshape(3, 4)
    sd['conv.weight'] = torch.sin(torch.arange(108, dtype=torch.float32)).reshape(4, 3, 3, 3)
    sd['transposed'] = base.t()
    sd['shared'] = shared
    sd['shared_row'] = shared[1]
    sd['shared_column'] = shared[:, 2]
    sd['half'] = torch.tensor([0.5, -1.25, 65504.0], dtype=torch.float16)
    sd['double'] = torch.tensor([[1.0 / 3, -2.5], [1e-300, 7.0]], dtype=torch.float64)
    sd['long'] = torch.tensor([-(2 ** 40), 0, 2 ** 62 + 1], dtype=torch.int64)
    sd['int'] = torch.tensor([-7, 2 ** 30], dtype=torch.int32)
    sd['uint8'] = torch.tensor([0, 1, 200, 255], dtype=torch.uint8)
    sd['int8'] = torch.tensor([-128, 0, 127], dtype=torch.int8)
    sd['mask'] = torch.tensor([True, False, True])
    sd['param'] = nn.Parameter(torch.tensor([2.0, 3.0]))
    return sd


def save(sd, extras, directory, name):
    obj = dict(model=sd, **extras)
    torch.save(obj, f'{directory}/{name}-zip.pth')
    torch.save(obj, f'{directory}/{name}-legacy.pth', _use_new_zipfile_serialization=False)
    np.savez(f'{directory}/{name}-expected.npz', **{k: v.detach().numpy() for k, v in sd.items()})


def committed(directory):
    extras = dict(epoch=7, args=argparse.Namespace(lr=0.5, name='x', sizes=(1, 2)))
    save(small_state_dict(), extras, directory, 'small')
    # a whole pickled module: its classes are not on the allow-list
    torch.save(nn.Linear(2, 2), f'{directory}/module-legacy.pth', _use_new_zipfile_serialization=False)


def live(directory, seed):
    torch.manual_seed(seed)
    sd = collections.OrderedDict()
    for i, dtype in enumerate([torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.uint8]):
        shape = tuple(int(d) for d in torch.randint(1, 6, (1 + i % 4,)))
        sd[f't{i}'] = (torch.randn(shape) * 100).to(dtype)
        sd[f't{i}_view'] = sd[f't{i}'].flatten()[1:] if sd[f't{i}'].numel() > 1 else sd[f't{i}']
    sd['wide'] = torch.randn(257, 300)
    sd['wide_t'] = sd['wide'].t()
    save(sd, dict(epoch=seed), directory, 'live')


def main():
    command, directory = sys.argv[1], sys.argv[2]
    if command == 'committed':
        committed(directory)
    elif command == 'live':
        live(directory, int(sys.argv[3]))
    else:
        raise SystemExit(f'unknown command {command}')


if __name__ == '__main__':
    main()
