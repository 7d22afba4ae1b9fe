package org.jaywalk.framework.plugin;

import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.multibindings.MapBinderBinding;
import com.google.inject.multibindings.MultibinderBinding;
import com.google.inject.multibindings.MultibindingsTargetVisitor;
import com.google.inject.multibindings.OptionalBinderBinding;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.util.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * Reads which names a plugin's Guice module registers for each extension point, from the module's recorded
 * elements alone (Guice's element SPI: no injector is created, so a module may depend on bindings of others).
 * For each name it returns the key of the binding that holds the factory, so that the injector built from the
 * same elements yields exactly this plugin's factory even when another plugin registers the same name.
 */
final class RegistrationScanner {

    private RegistrationScanner() {
    }

    /**
     * The factory binding keys registered by a module's {@code elements}, by extension point name and then
     * component name, for every point of {@code points} it registers at all (in that order, names sorted).
     */
    static Map<String, Map<String, Key<?>>> registrations(List<Element> elements, List<ExtensionPoint<?>> points) {
        Map<String, Map<String, Key<?>>> registers = new LinkedHashMap<>();
        for (ExtensionPoint<?> point : points) {
            Key<?> mapKey = Key.get(Types.mapOf(String.class, point.factoryType()));
            Map<String, Key<?>> names = new TreeMap<>();
            for (Element element : elements) {
                if (element instanceof Binding<?> binding && binding.getKey().equals(mapKey)) {
                    MapBinderBinding<?> map = binding.acceptTargetVisitor(new MapBinderFinder());
                    if (map != null) {
                        map.getEntries(elements).forEach(entry ->
                                names.putIfAbsent(String.valueOf(entry.getKey()), entry.getValue().getKey()));
                    }
                }
            }
            if (!names.isEmpty()) {
                registers.put(point.name(), names);
            }
        }
        return registers;
    }

    /** Picks the map-binder view of a binding, null for any other binding. */
    private static final class MapBinderFinder extends DefaultBindingTargetVisitor<Object, MapBinderBinding<?>>
            implements MultibindingsTargetVisitor<Object, MapBinderBinding<?>> {

        @Override
        public MapBinderBinding<?> visit(MultibinderBinding<?> multibinding) {
            return null;
        }

        @Override
        public MapBinderBinding<?> visit(MapBinderBinding<?> mapbinding) {
            return mapbinding;
        }

        @Override
        public MapBinderBinding<?> visit(OptionalBinderBinding<?> optionalbinding) {
            return null;
        }
    }
}
