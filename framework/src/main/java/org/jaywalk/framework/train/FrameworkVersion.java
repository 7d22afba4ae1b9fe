package org.jaywalk.framework.train;

import org.jaywalk.framework.spi.JaywalkPlugin;

/** The framework's version, from its jar manifest ({@code dev} when run from classes). */
public final class FrameworkVersion {

    private FrameworkVersion() {
    }

    public static String get() {
        Package p = JaywalkPlugin.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
