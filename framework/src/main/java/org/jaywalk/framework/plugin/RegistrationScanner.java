package org.jaywalk.framework.plugin;

import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.multibindings.MapBinderBinding;
import com.google.inject.multibindings.MultibinderBinding;
import com.google.inject.multibindings.MultibindingsTargetVisitor;
import com.google.inject.multibindings.OptionalBinderBinding;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.util.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.ExtensionPoint;

/**
 * Reads which names a plugin's Guice module registers for each extension point, from the module's bindings
 * alone (Guice's element SPI: no injector is created, so a module may depend on bindings of others).
 */
final class RegistrationScanner {

    private RegistrationScanner() {
    }

    /** Names registered by {@code module}, by extension point name, for every point it registers at all. */
    static Map<String, List<String>> namesRegisteredBy(Module module) {
        List<Element> elements = Elements.getElements(module);
        Map<String, List<String>> registers = new LinkedHashMap<>();
        for (ExtensionPoint<?> point : ExtensionPoint.ALL) {
            Key<?> mapKey = Key.get(Types.mapOf(String.class, point.factoryType()));
            List<String> names = new ArrayList<>();
            for (Element element : elements) {
                if (element instanceof Binding<?> binding && binding.getKey().equals(mapKey)) {
                    MapBinderBinding<?> map = binding.acceptTargetVisitor(new MapBinderFinder());
                    if (map != null) {
                        map.getEntries(elements).forEach(entry -> names.add(String.valueOf(entry.getKey())));
                    }
                }
            }
            if (!names.isEmpty()) {
                registers.put(point.name(), names.stream().distinct().sorted().toList());
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
