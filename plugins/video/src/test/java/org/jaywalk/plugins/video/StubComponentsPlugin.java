package org.jaywalk.plugins.video;

import com.google.inject.Module;
import java.lang.reflect.Proxy;
import org.jaywalk.framework.spi.ComponentFactory;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.jaywalk.framework.spi.PluginModule;

/**
 * Test-only: registers {@code stub} for every extension point but datasets, so that experiments whose only
 * real block is a video dataset load in this module's tests (the data commands never build the model).
 */
public final class StubComponentsPlugin implements JaywalkPlugin {

    @Override
    public String name() {
        return "video-test-stubs";
    }

    @Override
    public int apiVersion() {
        return API_VERSION;
    }

    @Override
    public Module module() {
        return new PluginModule() {
            @Override
            protected void configureComponents() {
                ExtensionPoint.BUILT_IN.stream().filter(p -> p != ExtensionPoint.DATASET).forEach(this::registerStub);
            }

            private <F extends ComponentFactory<?>> void registerStub(ExtensionPoint<F> point) {
                register(point, "stub", stub(point.factoryType()));
            }
        };
    }

    /** A factory with no settings whose {@code create} is never meant to run. */
    private static <F> F stub(Class<F> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "defaults" -> "";
                    case "components" -> java.util.Map.of();
                    case "toString" -> "stub " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("stub components are never built");
                }));
    }
}
