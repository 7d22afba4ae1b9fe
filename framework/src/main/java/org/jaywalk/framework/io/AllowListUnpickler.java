package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.Unpickler;

/**
 * A Pyrolite unpickler that resolves globals only through {@link PickleAllowList} (never through Pyrolite's
 * own registry), turns {@code torch.save} persistent ids into {@link TorchStorage} references (recording
 * each), applies BUILD only to objects it created, keeps dict insertion order, and checks every length a
 * pickle declares against the bytes left in its {@link PickleInput} before Pyrolite allocates it.
 */
final class AllowListUnpickler extends Unpickler {

    private final Path file;
    private final List<TorchStorage> storages = new ArrayList<>();

    AllowListUnpickler(Path file) {
        this.file = file;
    }

    /** Reads one pickle (up to its STOP opcode) from {@code in}. */
    Object load(PickleInput in) throws IOException {
        return super.load(in);
    }

    /** The storages referenced by the pickles read so far, in order of appearance (repeats included). */
    List<TorchStorage> storages() {
        return List.copyOf(storages);
    }

    @Override
    protected Object dispatch(short key) throws IOException {
        checkDeclaredLength(key);
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
        TorchStorage storage = TorchStorage.fromPersistentId(pid);
        storages.add(storage);
        return storage;
    }

    /** Opcodes followed by a 4- or 8-byte length of data that Pyrolite allocates before reading it. */
    private void checkDeclaredLength(short key) throws IOException {
        int width = switch (key) {
            case Opcodes.BINSTRING, Opcodes.BINBYTES, Opcodes.BINUNICODE, Opcodes.LONG4 -> 4;
            case Opcodes.BINUNICODE8, Opcodes.BINBYTES8, Opcodes.BYTEARRAY8 -> 8;
            default -> 0;
        };
        if (width > 0) {
            ((PickleInput) input).checkDeclaredLength(width, "opcode 0x" + Integer.toHexString(key));
        }
    }

    private void loadGlobal() throws IOException {
        String module = readLine();
        String name = readLine();
        stack.add(resolve(module, name));
    }

    /** A newline-terminated ASCII line (a cut-off line is an error, not a shorter name). */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = input.read(); c != '\n'; c = input.read()) {
            if (c < 0) {
                throw new IOException("premature end of file inside a global's name");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private void loadStackGlobal() {
        String name = (String) stack.pop();
        String module = (String) stack.pop();
        stack.add(resolve(module, name));
    }

    private void loadInst() throws IOException {
        String module = readLine();
        String name = readLine();
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
