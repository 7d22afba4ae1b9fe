package org.jaywalk.framework.spi;

/** Registered by name to build walk strategies (embeddings to walks). */
public interface WalkStrategyFactory extends ComponentFactory<WalkStrategy> {
}
