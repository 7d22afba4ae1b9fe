"""A random torchvision ResNet saved as a pretrained file, and its test-time features as an embed- case.

    python3 pretrained_features.py DIR ARCH FORMAT     # ARCH: resnet18 | resnet50; FORMAT: torchvision | moco

Writes DIR/weights.pth and DIR/embed-ARCH-FORMAT.npz/.json (see shared/reference/VECTORS.md, embed-*).
The network is torchvision's, with random weights and batch-norm statistics (seed 0); the features are those of
videowalk's imagenet18 / imagenet50 / moco50 encoders at test time: layer3 and layer4 convolutions at stride 1
(videowalk's resnet.ResNet.modify), zero padding, layer4, avgpool and fc removed, eval mode. Expected arrays are
the float64 truth; each tol: is 10x PyTorch's own float32 error, at least 1e-5 of the largest value.
torchvision files are written by torch.save in the zip format, MoCo files in the legacy format (as MoCo's published
checkpoints): {'epoch', 'arch', 'state_dict': {module.encoder_q.*, module.encoder_k.*, module.queue,
module.queue_ptr}, 'optimizer'}.
"""
import collections
import json
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

FACTOR = 10.0
FLOOR = 1e-5


def random_resnet(arch):
    torch.manual_seed(0)
    net = getattr(torchvision.models, arch)()
    with torch.no_grad():
        for m in net.modules():
            if isinstance(m, torch.nn.BatchNorm2d):
                m.weight.copy_(1 + 0.1 * torch.randn_like(m.weight))
                m.bias.copy_(0.1 * torch.randn_like(m.bias))
                m.running_mean.copy_(0.1 * torch.randn_like(m.running_mean))
                m.running_var.copy_(1 + 0.5 * torch.rand_like(m.running_var))
    return net.eval()


def test_time_encoder(net):
    """videowalk's modify(remove_layers=['layer4']) on a torchvision ResNet."""
    for layer in (net.layer3, net.layer4):
        for m in layer.modules():
            if isinstance(m, torch.nn.Conv2d):
                m.stride = tuple(1 for _ in m.stride)
    return torch.nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2, net.layer3).eval()


def save(net, arch, fmt, path):
    sd = net.state_dict()
    if fmt == 'torchvision':
        torch.save(sd, path)
        return
    state = collections.OrderedDict()
    for k, v in sd.items():
        if not k.startswith('fc.'):
            state['module.encoder_q.' + k] = v
    width = net.fc.in_features
    state['module.encoder_q.fc.0.weight'] = torch.randn(width, width)
    state['module.encoder_q.fc.0.bias'] = torch.randn(width)
    state['module.encoder_q.fc.2.weight'] = torch.randn(128, width)
    state['module.encoder_q.fc.2.bias'] = torch.randn(128)
    for k in ('conv1.weight', 'bn1.weight', 'bn1.bias'):
        state['module.encoder_k.' + k] = sd[k].clone()
    state['module.queue'] = F.normalize(torch.randn(128, 16), dim=0)
    state['module.queue_ptr'] = torch.zeros(1, dtype=torch.long)
    optimizer = {'state': {}, 'param_groups': [{'lr': 0.03, 'momentum': 0.9, 'params': list(range(len(state)))}]}
    torch.save({'epoch': 800, 'arch': arch, 'state_dict': state, 'optimizer': optimizer}, path,
               _use_new_zipfile_serialization=False)


def main():
    directory, arch, fmt = sys.argv[1], sys.argv[2], sys.argv[3]
    net = random_resnet(arch)
    save(net, arch, fmt, f'{directory}/weights.pth')
    encoder = test_time_encoder(net)
    torch.manual_seed(1)
    frames = torch.randn(2, 3, 40, 64)
    with torch.no_grad():
        maps32 = encoder(frames)
        maps64 = encoder.double()(frames.double())
    feats32 = F.normalize(maps32, dim=1)
    feats64 = F.normalize(maps64, dim=1)
    arrays = {'frames': frames.numpy(), 'maps': maps64.numpy(), 'feats': feats64.numpy()}
    for key, (low, truth) in {'maps': (maps32, maps64), 'feats': (feats32, feats64)}.items():
        err = (low.double() - truth).abs().max().item()
        arrays['tol:' + key] = np.float64(max(FACTOR * err, FLOOR * truth.abs().max().item()))
    name = f'embed-{arch}-{fmt}'
    np.savez(f'{directory}/{name}.npz', **arrays)
    model_type = {'torchvision': 'imagenet' + arch[len('resnet'):], 'moco': 'moco50'}[fmt]
    settings = {'model_type': model_type, 'remove_layers': ['layer4'], 'weights_file': 'weights.pth',
                'weights_format': fmt, 'n': 2, 'H': 40, 'W': 64, 'map_shape': list(maps64.shape),
                'tolerance_factor': FACTOR}
    with open(f'{directory}/{name}.json', 'w') as f:
        json.dump(settings, f, indent=1)


if __name__ == '__main__':
    main()
