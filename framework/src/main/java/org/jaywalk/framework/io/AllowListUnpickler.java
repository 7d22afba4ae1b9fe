package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * A Pyrolite unpickler that resolves globals only through {@link PickleAllowList} (never through Pyrolite's
 * own registry), resolves {@code torch.save} persistent ids to storages of a {@link PthArchive}, applies
 * BUILD only to objects it created, and keeps dict insertion order.
 */
final class AllowListUnpickler extends Unpickler {

    private final Path file;
    private final PthArchive archive;

    AllowListUnpickler(Path file, PthArchive archive) {
        this.file = file;
        this.archive = archive;
    }

    @Override
    protected Object dispatch(short key) throws IOException {
        switch (key) {
            case Opcodes.GLOBAL -> loadGlobal();
            case Opcodes.STACK_GLOBAL -> loadStackGlobal();
            case Opcodes.INST -> loadInst();
            case Opcodes.BUILD -> loadBuild();
            case Opcodes.EMPTY_DICT -> stack.add(new LinkedHashMap<>());
            case Opcodes.SETITEMS -> loadSetItems();
            default -> {
                return super.dispatch(key);
            }
        }
        return NO_RETURN_VALUE;
    }

    @Override
    protected Object persistentLoad(Object pid) {
        if (!(pid instanceof Object[] id) || id.length < 3 || !"storage".equals(id[0])
                || !(id[1] instanceof StorageType type)) {
            throw new FormatException("unexpected persistent id " + pid);
        }
        return new TorchStorage(type.dtype(), archive.storage(String.valueOf(id[2])));
    }

    private void loadGlobal() throws IOException {
        String module = PickleUtils.readline(input);
        String name = PickleUtils.readline(input);
        stack.add(resolve(module, name));
    }

    private void loadStackGlobal() {
        String name = (String) stack.pop();
        String module = (String) stack.pop();
        stack.add(resolve(module, name));
    }

    private void loadInst() throws IOException {
        String module = PickleUtils.readline(input);
        String name = PickleUtils.readline(input);
        IObjectConstructor constructor = resolve(module, name);
        stack.add(constructor.construct(stack.pop_all_since_marker().toArray()));
    }

    private void loadBuild() {
        Object state = stack.pop();
        if (!(stack.peek() instanceof PickledState target)) {
            throw new FormatException("BUILD applied to a " + stack.peek().getClass().getSimpleName());
        }
        target.setState(state);
    }

    @SuppressWarnings("unchecked")
    private void loadSetItems() {
        List<Object> items = stack.pop_all_since_marker();
        Map<Object, Object> dict = (Map<Object, Object>) stack.peek();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            dict.put(items.get(i), items.get(i + 1));
        }
    }

    private IObjectConstructor resolve(String module, String name) {
        return PickleAllowList.lookup(module, name).orElseThrow(() -> new UnsafePickleException(file, module, name));
    }
}
