package org.jaywalk.plugins.synthetic;

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

class SyntheticPluginTest {

    @Test
    void isDiscoveredAndRegistersTheSyntheticDataset() {
        JaywalkPlugin plugin = ServiceLoader.load(JaywalkPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("synthetic")).findFirst().orElseThrow();
        Map<String, DatasetFactory> datasets = Guice.createInjector(plugin.module())
                .getInstance(Key.get(new TypeLiteral<Map<String, DatasetFactory>>() { }));
        assertTrue(datasets.containsKey("synthetic"), datasets.keySet().toString());
        assertInstanceOf(SyntheticDatasetFactory.class, datasets.get("synthetic"));
    }
}
