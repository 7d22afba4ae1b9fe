package org.jaywalk.examples.walkentropy;

import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.Plugin;
import org.jaywalk.framework.spi.Registrar;

/** Registers the training listener {@code walk-entropy}. */
public final class WalkEntropyPlugin extends Plugin {

    public WalkEntropyPlugin() {
        super("walk-entropy", API_VERSION);
    }

    @Override
    protected void register(Registrar components) {
        components.register(ExtensionPoint.LISTENER, "walk-entropy", new WalkEntropyFactory());
    }
}
