package org.jaywalk.framework.spi;

/** Registered by name to build datasets (the training data). */
public interface DatasetFactory extends ComponentFactory<Dataset> {
}
