"""Loads a videowalk checkpoint exported by Jaywalk with PyTorch and writes its test-time features as an embed- case.

    python3 exported_features.py DIR PTH MODEL_TYPE      # MODEL_TYPE: scratch (reflect) | scratch_zeropad

Loads DIR/PTH with torch.load(weights_only=True) (nothing in it may run code), puts its encoder.model.* tensors
into videowalk's encoder (torchvision ResNet-18, layer3/layer4 convolutions at stride 1, the padding of
MODEL_TYPE) with load_state_dict(strict=True), checks the head's shape, and writes DIR/embed-exported.npz/.json:
features of seeded frames with layer4 removed, eval mode (expected arrays float64, tol: 10x PyTorch's float32 error).
"""
import json
import sys

import numpy as np
import torch
import torch.nn.functional as F
import torchvision

FACTOR = 10.0
FLOOR = 1e-5
PREFIX = 'encoder.model.'


def videowalk_resnet18(model_type):
    net = torchvision.models.resnet18()
    for layer in (net.layer3, net.layer4):
        for m in layer.modules():
            if isinstance(m, torch.nn.Conv2d):
                m.stride = tuple(1 for _ in m.stride)
    if model_type == 'scratch':
        for m in net.modules():
            if isinstance(m, torch.nn.Conv2d) and sum(m.padding) > 0:
                m.padding_mode = 'reflect'
    net.fc, net.avgpool = None, None
    return net


def main():
    directory, pth, model_type = sys.argv[1], sys.argv[2], sys.argv[3]
    checkpoint = torch.load(f'{directory}/{pth}', map_location='cpu', weights_only=True)
    state = checkpoint['model']
    net = videowalk_resnet18(model_type)
    net.load_state_dict({k[len(PREFIX):]: v for k, v in state.items() if k.startswith(PREFIX)}, strict=True)
    head = [k for k in state if not k.startswith(PREFIX)]
    assert head == ['selfsim_fc.0.weight', 'selfsim_fc.0.bias'], head
    assert state['selfsim_fc.0.weight'].shape == (128, 512)
    print('epoch', checkpoint['epoch'], 'tensors', len(state))
    encoder = torch.nn.Sequential(net.conv1, net.bn1, net.relu, net.maxpool, net.layer1, net.layer2, net.layer3).eval()
    torch.manual_seed(2)
    frames = torch.randn(2, 3, 40, 64)
    with torch.no_grad():
        maps32 = encoder(frames)
        maps64 = encoder.double()(frames.double())
    arrays = {'frames': frames.numpy(), 'maps': maps64.numpy(), 'feats': F.normalize(maps64, dim=1).numpy()}
    for key, low, truth in (('maps', maps32, maps64), ('feats', F.normalize(maps32, dim=1), F.normalize(maps64, dim=1))):
        err = (low.double() - truth).abs().max().item()
        arrays['tol:' + key] = np.float64(max(FACTOR * err, FLOOR * truth.abs().max().item()))
    np.savez(f'{directory}/embed-exported.npz', **arrays)
    settings = {'model_type': model_type, 'remove_layers': ['layer4'], 'weights_file': pth,
                'weights_format': 'videowalk', 'epoch': checkpoint['epoch'], 'n': 2, 'H': 40, 'W': 64,
                'tolerance_factor': FACTOR}
    with open(f'{directory}/embed-exported.json', 'w') as f:
        json.dump(settings, f, indent=1)


if __name__ == '__main__':
    main()
