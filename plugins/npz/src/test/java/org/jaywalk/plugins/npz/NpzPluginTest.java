package org.jaywalk.plugins.npz;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.ServiceLoader;
import org.jaywalk.framework.spi.data.DatasetFactory;
import org.jaywalk.framework.spi.JaywalkPlugin;
import org.junit.jupiter.api.Test;

class NpzPluginTest {

    @Test
    void isDiscoveredAndRegistersTheNpzDataset() {
        JaywalkPlugin plugin = ServiceLoader.load(JaywalkPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("npz")).findFirst().orElseThrow();
        Map<String, DatasetFactory> datasets = Guice.createInjector(plugin.module())
                .getInstance(Key.get(new TypeLiteral<Map<String, DatasetFactory>>() { }));
        assertTrue(datasets.containsKey("npz"), datasets.keySet().toString());
        assertInstanceOf(NpzDatasetFactory.class, datasets.get("npz"));
    }
}
