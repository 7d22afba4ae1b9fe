package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import net.razorvine.pickle.IObjectConstructor;

/**
 * The only Python globals a PyTorch checkpoint may reference. Everything else (in particular
 * {@code torch.storage._load_from_bytes}, {@code os.system}, {@code builtins.eval}) is refused, even where
 * Pyrolite would know how to build it.
 */
final class PickleAllowList {

    private static final Map<String, IObjectConstructor> ALLOWED = Map.ofEntries(
            Map.entry("collections.OrderedDict", PyOrderedDict::create),
            Map.entry("collections.Counter", PickleAllowList::newCounter),
            Map.entry("torch._utils._rebuild_tensor_v2", TensorRebuilder::rebuildTensor),
            Map.entry("torch._utils._rebuild_parameter", TensorRebuilder::rebuildParameter),
            Map.entry("argparse.Namespace", args -> new PyNamespace()),
            Map.entry("builtins.set", PickleAllowList::newSet),
            Map.entry("builtins.frozenset", PickleAllowList::newSet),
            storage("FloatStorage", DType.FLOAT32),
            storage("DoubleStorage", DType.FLOAT64),
            storage("HalfStorage", DType.FLOAT16),
            storage("LongStorage", DType.INT64),
            storage("IntStorage", DType.INT32),
            storage("ByteStorage", DType.UINT8),
            storage("CharStorage", DType.INT8),
            storage("BoolStorage", DType.BOOL));

    private PickleAllowList() {
    }

    /** The constructor of an allowed global, or empty if {@code module.name} is not allowed. */
    static Optional<IObjectConstructor> lookup(String module, String name) {
        return Optional.ofNullable(ALLOWED.get(module + "." + name));
    }

    /** The legacy storage class of {@code dtype} ({@code FloatStorage}, ...), as {@code torch.save} names it. */
    static String storageName(DType dtype) {
        return ALLOWED.values().stream().filter(c -> c instanceof StorageType t && t.dtype() == dtype)
                .map(c -> ((StorageType) c).name()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no torch storage type for " + dtype));
    }

    private static Map.Entry<String, IObjectConstructor> storage(String name, DType dtype) {
        return Map.entry("torch." + name, new StorageType(name, dtype));
    }

    /** {@code Counter(dict)}, e.g. the milestones of a {@code MultiStepLR} state dict: a plain dict. */
    private static Object newCounter(Object[] args) {
        return args.length == 0 ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<?, ?>) args[0]);
    }

    private static Object newSet(Object[] args) {
        return args.length == 0 ? new LinkedHashSet<>() : new LinkedHashSet<>((Collection<?>) args[0]);
    }
}
