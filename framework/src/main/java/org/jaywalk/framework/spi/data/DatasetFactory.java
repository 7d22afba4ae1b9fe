package org.jaywalk.framework.spi.data;

import org.jaywalk.framework.spi.ComponentFactory;

/** Registered by name to build datasets (the training data). */
public interface DatasetFactory extends ComponentFactory<Dataset> {
}
