"""A videowalk training checkpoint.pth with real Adam state, and the state it holds, for Jaywalk's resume test.

    python3 videowalk_checkpoint.py DIR

Builds videowalk's CRW parameters (encoder.model: torchvision ResNet-18 with layer3/layer4 at stride 1, reflect
padding, no fc/avgpool; selfsim_fc.0: Linear(512, 128)), takes two torch.optim.Adam steps (lr 1e-3) on a
stand-in loss so every parameter has moments, and saves what videowalk's train.py saves after epoch 4:
{'model', 'optimizer', 'lr_scheduler', 'epoch', 'args'} (zip format). DIR/expected.npz holds every parameter's
exp_avg (m:NAME) and exp_avg_sq (v:NAME) and the step count.
"""
import argparse
import sys

import numpy as np
import torch
import torchvision


class Encoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        net = torchvision.models.resnet18()
        for layer in (net.layer3, net.layer4):
            for m in layer.modules():
                if isinstance(m, torch.nn.Conv2d):
                    m.stride = tuple(1 for _ in m.stride)
        for m in net.modules():
            if isinstance(m, torch.nn.Conv2d) and sum(m.padding) > 0:
                m.padding_mode = 'reflect'
        net.fc, net.avgpool = None, None
        self.model = net

    def forward(self, x):
        n = self.model
        x = n.maxpool(n.relu(n.bn1(n.conv1(x))))
        return n.layer4(n.layer3(n.layer2(n.layer1(x))))


class CRW(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.selfsim_fc = torch.nn.Sequential(torch.nn.Linear(512, 128))


def main():
    directory = sys.argv[1]
    torch.manual_seed(0)
    model = CRW()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    scheduler = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[100], gamma=0.3)
    for _ in range(2):
        maps = model.encoder(torch.randn(2, 3, 32, 32))
        loss = model.selfsim_fc(maps.mean(dim=(2, 3))).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
    args = argparse.Namespace(model_type='scratch', lr=1e-3, epochs=25, temp=0.05)
    torch.save({'model': model.state_dict(), 'optimizer': optimizer.state_dict(),
                'lr_scheduler': scheduler.state_dict(), 'epoch': 4, 'args': args}, f'{directory}/checkpoint.pth')
    arrays = {}
    for name, p in model.named_parameters():
        state = optimizer.state[p]
        arrays['m:' + name] = state['exp_avg'].numpy()
        arrays['v:' + name] = state['exp_avg_sq'].numpy()
        arrays['step'] = np.float32(float(state['step']))
    np.savez(f'{directory}/expected.npz', **arrays)


if __name__ == '__main__':
    main()
