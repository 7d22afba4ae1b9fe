package org.jaywalk.framework.spi;

/** Registered by name to build losses (walks to a scalar). */
public interface LossFactory extends ComponentFactory<Loss> {
}
