package org.jaywalk.framework.io;

import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.JaywalkIoException;
import org.jaywalk.framework.spi.io.NpzArchive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointInspectorTest {

    @TempDir
    Path dir;

    @Test
    void describesJaywalkCheckpointWhateverItsExtension() {
        Path file = dir.resolve("looks-like-torch.pth");
        CheckpointFile.write(file, CheckpointFileTest.sampleTensors(), CheckpointFileTest.meta(5));

        CheckpointDescription description = CheckpointInspector.inspect(file);

        assertEquals(CheckpointFormat.JAYWALK, description.format());
        assertEquals(new TensorInfo("encoder.model.conv1.weight", DType.FLOAT32, List.of(2L, 1L, 1L, 2L)),
                description.tensors().get(0));
        assertEquals(5, description.metadata().get("step").asInt());
        assertEquals(8, description.totalSize());
    }

    @Test
    void rendersAlignedTable() {
        Path file = dir.resolve("a.ckpt");
        CheckpointFile.write(file, CheckpointFileTest.sampleTensors(), CheckpointFileTest.meta(5));

        String text = CheckpointInspector.inspect(file).toText();

        assertTrue(text.contains("format:   jaywalk\n"), text);
        assertTrue(text.contains("tensors:  3 (8 values)\n"), text);
        assertTrue(text.contains("\n"
                + "NAME                                   DTYPE    SHAPE\n"
                + "encoder.model.conv1.weight             float32  [2, 1, 1, 2]\n"
                + "encoder.model.bn1.num_batches_tracked  int64    []\n"
                + "adam:m:selfsim_fc.0.bias               float32  [3]\n"), text);
        assertTrue(text.contains("\"step\" : 5"), text);
    }

    @Test
    void rendersJson() {
        Path file = dir.resolve("a.ckpt");
        CheckpointFile.write(file, CheckpointFileTest.sampleTensors(), CheckpointFileTest.meta(5));

        ObjectNode json = CheckpointInspector.inspect(file).toJson();

        assertEquals("jaywalk", json.get("format").asText());
        assertEquals(file.toString(), json.get("file").asText());
        JsonNode first = json.get("tensors").get(0);
        assertEquals("encoder.model.conv1.weight", first.get("name").asText());
        assertEquals("float32", first.get("dtype").asText());
        assertEquals("[2,1,1,2]", first.get("shape").toString());
        assertEquals(5, json.get("metadata").get("step").asInt());
    }

    @Test
    void describesVideowalkCheckpoint() {
        CheckpointDescription description = CheckpointInspector.inspect(ReferenceFiles.require("crw-resnet18.pth"));

        assertEquals(CheckpointFormat.PYTORCH, description.format());
        assertEquals(122, description.tensors().size());
        assertEquals(3, description.metadata().get("epoch").asInt());
        assertEquals("scratch", description.metadata().get("args").get("model_type").asText());
        String conv1Row = "\nencoder\\.model\\.conv1\\.weight +float32  \\[64, 3, 7, 7]\n";
        assertTrue(description.toText().matches("(?s).*" + conv1Row + ".*"), description.toText());
    }

    @Test
    void describesPlainNpz() {
        Path file = dir.resolve("arrays.npz");
        NpzArchive.write(file, CheckpointFileTest.sampleTensors());

        CheckpointDescription description = CheckpointInspector.inspect(file);

        assertEquals(CheckpointFormat.NPZ, description.format());
        assertEquals(3, description.tensors().size());
        assertTrue(description.metadata().isEmpty());
    }

    @Test
    void reportsMissingAndUnrecognizedFiles() throws IOException {
        Path missing = dir.resolve("missing.ckpt");
        JaywalkIoException e = assertThrows(JaywalkIoException.class, () -> CheckpointInspector.inspect(missing));
        assertEquals("tensor file " + missing + " does not exist: check the path", e.getMessage());

        Path text = Files.writeString(dir.resolve("notes.ckpt"), "not a zip");
        JaywalkIoException notZip = assertThrows(JaywalkIoException.class, () -> CheckpointInspector.inspect(text));
        assertTrue(notZip.getMessage().startsWith("tensor file " + text + " is truncated or corrupt ("),
                notZip.getMessage());
    }
}
