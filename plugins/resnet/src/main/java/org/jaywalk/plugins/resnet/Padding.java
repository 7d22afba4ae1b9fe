package org.jaywalk.plugins.resnet;

/** How convolutions with padding extend their input (videowalk's {@code scratch} vs {@code scratch_zeropad}). */
public enum Padding {
    /** Mirror without repeating the edge (PyTorch {@code padding_mode='reflect'}). */
    REFLECT,
    /** Zeros (PyTorch's default). */
    ZEROS
}
