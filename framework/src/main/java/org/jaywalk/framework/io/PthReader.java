package org.jaywalk.framework.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.jaywalk.framework.spi.io.FileKind;
import org.jaywalk.framework.spi.io.FormatException;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.io.TooLargeException;
import org.jaywalk.framework.spi.io.Zips;

/**
 * Reads checkpoints saved by {@code torch.save}, in the zip format (PyTorch 1.6+) or the legacy one
 * ({@link LegacyTorchFile}), without executing pickled code: only the globals of {@link PickleAllowList} are
 * accepted, anything else raises {@link UnsafePickleException}.
 * The state dict is the top-level {@code model} entry (videowalk's layout), else {@code state_dict}, else
 * the first top-level dict of tensors, else the top-level dict itself.
 */
public final class PthReader {

    private static final List<String> PREFERRED_KEYS = List.of("model", "state_dict", "model_state_dict");

    private PthReader() {
    }

    /** Reads {@code file}, in either format. */
    public static PthCheckpoint read(Path file) {
        if (LegacyTorchFile.isLegacy(file)) {
            return interpret(LegacyTorchFile.read(file), file);
        }
        return Zips.withZip(file, FileKind.PYTORCH, zip -> read(zip, file));
    }

    /** Whether an open zip archive has the layout of {@code torch.save}. */
    static boolean isPytorch(ZipFile zip) {
        return PthArchive.prefix(zip).isPresent();
    }

    static PthCheckpoint read(ZipFile zip, Path file) {
        try {
            return interpret(unpickle(new PthArchive(zip, file), file), file);
        } catch (StackOverflowError e) {
            // a container holding itself (hashed or converted) or nested deeper than the stack: both are damage
            throw FileKind.PYTORCH.corrupt(file, "bad data.pkl: it refers to itself or is nested too deeply", null);
        }
    }

    private static PthCheckpoint interpret(Object root, Path file) {
        if (!(root instanceof Map<?, ?> top)) {
            throw FileKind.PYTORCH.unsupported(file, "it holds "
                    + (root == null ? "None" : "a " + root.getClass().getSimpleName()) + ", not a dict");
        }
        if (isStateDict(top)) {
            return new PthCheckpoint(tensors(top), Map.of(), "");
        }
        String key = stateDictKey(top).orElseThrow(() -> FileKind.PYTORCH.unsupported(file,
                "none of its entries " + top.keySet() + " is a dict of tensors"));
        return new PthCheckpoint(tensors((Map<?, ?>) top.get(key)), metadata(top, key), key);
    }

    private static Object unpickle(PthArchive archive, Path file) {
        byte[] pickle = archive.pickle();
        try (PickleInput in = new PickleInput(new ByteArrayInputStream(pickle), pickle.length)) {
            return TensorViews.materialize(new AllowListUnpickler(file).load(in), archive);
        } catch (JaywalkIoException e) {
            throw e;
        } catch (TooLargeException e) {
            throw FileKind.PYTORCH.tooLarge(file, e.getMessage());
        } catch (IOException | RuntimeException e) {
            // the pickle is untrusted input: any failure to decode it means it is damaged
            String detail = e instanceof FormatException ? e.getMessage() : e.toString();
            throw FileKind.PYTORCH.corrupt(file, "bad data.pkl: " + detail, e);
        }
    }

    private static Optional<String> stateDictKey(Map<?, ?> top) {
        Optional<String> preferred = PREFERRED_KEYS.stream()
                .filter(k -> top.get(k) instanceof Map<?, ?> m && isStateDict(m)).findFirst();
        return preferred.or(() -> top.entrySet().stream()
                .filter(e -> e.getKey() instanceof String && e.getValue() instanceof Map<?, ?> m && isStateDict(m))
                .map(e -> (String) e.getKey()).findFirst());
    }

    private static boolean isStateDict(Map<?, ?> dict) {
        return !dict.isEmpty() && dict.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && e.getValue() instanceof HostArray);
    }

    private static Map<String, HostArray> tensors(Map<?, ?> stateDict) {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        stateDict.forEach((k, v) -> tensors.put((String) k, (HostArray) v));
        return tensors;
    }

    private static Map<String, Object> metadata(Map<?, ?> top, String stateDictKey) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        top.forEach((k, v) -> {
            if (!stateDictKey.equals(k)) {
                metadata.put(String.valueOf(k), PyValues.plain(v));
            }
        });
        return metadata;
    }
}
