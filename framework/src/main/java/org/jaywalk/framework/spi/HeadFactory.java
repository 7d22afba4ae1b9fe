package org.jaywalk.framework.spi;

/** Registered by name to build heads (node feature maps to embeddings). */
public interface HeadFactory extends ComponentFactory<Head> {
}
