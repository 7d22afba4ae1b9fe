"""Writes the state-dict layout (name -> shape, in order) of torchvision's ResNet-18 and ResNet-50.

    python3 torchvision_layouts.py DIR      # DIR/resnet18.json, DIR/resnet50.json

Committed under parity/src/test/resources/torchvision so that the name mapping of pretrained files is checked
on the full layouts without PyTorch (the weights themselves, 45 and 98 MB, are only made at test time).
"""
import json
import sys

import torchvision


def main():
    for arch in ('resnet18', 'resnet50'):
        sd = getattr(torchvision.models, arch)().state_dict()
        layout = [[k, list(v.shape)] for k, v in sd.items()]
        with open(f'{sys.argv[1]}/{arch}.json', 'w') as f:
            json.dump(layout, f, separators=(',', ':'))


if __name__ == '__main__':
    main()
