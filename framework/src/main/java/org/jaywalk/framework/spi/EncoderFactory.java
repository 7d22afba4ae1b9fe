package org.jaywalk.framework.spi;

/** Registered by name to build encoders (frames to feature maps). */
public interface EncoderFactory extends ComponentFactory<Encoder> {
}
