"""Reference features of torchvision ResNets with formula weights: the committed embed-imagenet18/50 cases.

    python3 embed_pretrained_reference.py DIR

Every float entry of torchvision's resnet18/resnet50 state dict is set by the formula of VECTORS.md, computed
from its Jaywalk name ('encoder.model.' + torchvision's name); the test-time features are those of videowalk's
imagenet18/imagenet50 encoders (layer3/layer4 at stride 1, zero padding, layer4/avgpool/fc removed, eval mode) on
seeded frames. Jaywalk's test writes the same weights as a torchvision .pth and imports it with format =
torchvision, so the import is checked without PyTorch. Expected arrays are the float64 truth; tol: is 10x
PyTorch's own float32 error, at least 1e-5 of the largest value.
"""
import json
import sys
import zlib

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

M64 = (1 << 64) - 1


def formula(name, shape):
    n = int(np.prod(shape)) if len(shape) else 1
    c = np.uint64(zlib.crc32(name.encode('utf-8')))
    i = np.arange(n, dtype=np.uint64)
    with np.errstate(over='ignore'):
        z = c * np.uint64(0x9E3779B97F4A7C15) + i * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    s = 2 * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53) - 1
    if name.endswith('running_var'):
        v = 1 + 0.2 * s
    elif name.endswith('running_mean'):
        v = 0.05 * s
    elif name.endswith('bias'):
        v = 0.1 * s
    elif len(shape) >= 2:
        v = np.sqrt(3 / np.prod(shape[1:])) * s
    else:
        v = 1 + 0.1 * s
    return torch.from_numpy(v.astype(np.float32).reshape(shape))


def main():
    directory = sys.argv[1]
    for depth in (18, 50):
        net = getattr(torchvision.models, f'resnet{depth}')()
        state = {k: formula('encoder.model.' + k, tuple(v.shape)) if v.is_floating_point() else v
                 for k, v in net.state_dict().items()}
        net.load_state_dict(state)
        for layer in (net.layer3, net.layer4):
            for m in layer.modules():
                if isinstance(m, torch.nn.Conv2d):
                    m.stride = tuple(1 for _ in m.stride)
        encoder = torch.nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2,
                                      net.layer3).eval()
        torch.manual_seed(depth)
        frames = torch.randn(2, 3, 24, 40)
        with torch.no_grad():
            maps32 = encoder(frames)
            maps64 = encoder.double()(frames.double())
        arrays = {'frames': frames.numpy(), 'maps': maps64.numpy(), 'feats': F.normalize(maps64, dim=1).numpy()}
        for key, low, truth in (('maps', maps32, maps64),
                                ('feats', F.normalize(maps32, dim=1), F.normalize(maps64, dim=1))):
            err = (low.double() - truth).abs().max().item()
            arrays['tol:' + key] = np.float64(max(10 * err, 1e-5 * truth.abs().max().item()))
        name = f'embed-imagenet{depth}'
        np.savez_compressed(f'{directory}/{name}.npz', **arrays)
        settings = {'model_type': f'imagenet{depth}', 'remove_layers': ['layer4'], 'weights_format': 'torchvision',
                    'weights': 'formula, written as a torchvision state dict', 'n': 2, 'H': 24, 'W': 40,
                    'map_shape': list(maps64.shape), 'tolerance_factor': 10.0}
        with open(f'{directory}/{name}.json', 'w') as f:
            json.dump(settings, f, indent=1)


if __name__ == '__main__':
    main()
