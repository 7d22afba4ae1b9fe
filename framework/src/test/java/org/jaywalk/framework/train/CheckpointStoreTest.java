package org.jaywalk.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jaywalk.framework.spi.io.HostArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSaveRemovesWhatKilledSavesLeftAndNothingElse() throws IOException {
        Path killed = Files.write(dir.resolve(".step-00000002.ckpt." + UUID.randomUUID() + ".partial"), new byte[1000]);
        Path unrelated = Files.writeString(dir.resolve("notes.partial"), "mine");
        CheckpointStore store = new CheckpointStore(dir, 2);

        store.save(Map.of("w", HostArray.ofFloats(new long[] {1}, 1f)),
                new CheckpointMeta(LoopPosition.after(3, 4), 7, 7, "a = 1", "dev", List.of()));

        assertEquals(List.of("notes.partial", "step-00000003.ckpt"), names());
        assertEquals(false, Files.exists(killed));
        assertEquals("mine", Files.readString(unrelated));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
