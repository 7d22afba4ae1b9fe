package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jaywalk.framework.sweep.ManifestStore;
import org.jaywalk.framework.sweep.PointRecord;
import org.jaywalk.framework.sweep.SweepLayout;
import org.jaywalk.framework.sweep.SweepManifest;
import org.jaywalk.framework.testkit.EventFiles;
import org.jaywalk.framework.testkit.EventFiles.PluginSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jaywalk sweep} leaves TensorBoard HParams summaries ({@code tensorboard --logdir runs/<sweep>}): each point's
 * session start (its swept values), final metrics (training and {@code eval:*}) and session end; the sweep folder's
 * experiment (hyperparameter and metric definitions). The plugin's protobufs are decoded here by field number, as
 * TensorBoard's {@code plugin_data.proto} and {@code api.proto} define them.
 */
class SweepHParamsSummariesTest {

    private static final String FILE = "events.out.tfevents.hparams";

    @TempDir
    Path dir;

    @Test
    void everyPointIsASessionWithItsValuesAndFinalMetricsAndTheSweepFolderHasTheExperiment() throws IOException {
        Files.writeString(TinyExperiments.write(dir, "tinyhp"), """
                evaluation {
                  type = davis, root = synthetic, video-len = 2, overlays = false
                  synthetic { sequences = 1, frames = 3, width = 48, height = 32 }
                }
                """, StandardOpenOption.APPEND);
        Path sweep = Files.writeString(dir.resolve("hp.conf"),
                "sweep { experiment = \"tinyhp.conf\", grid { \"walk.temperature\" = [0.05, 0.1] } }\n");
        Cli.Outcome o = Cli.run("sweep", sweep.toString());
        assertEquals(0, o.exitCode(), o.out() + o.err());
        Path folder = dir.resolve("runs/hp");
        SweepManifest manifest = new ManifestStore(new SweepLayout(folder)).read();

        for (PointRecord point : manifest.points()) {
            Path events = folder.resolve(point.name()).resolve(FILE);
            List<PluginSummary> summaries = EventFiles.pluginSummaries(events);
            assertEquals(List.of("_hparams_/session_start_info", "_hparams_/session_end_info"),
                    summaries.stream().map(PluginSummary::tag).toList());
            assertTrue(summaries.stream().allMatch(s -> s.plugin().equals("hparams")));

            UnknownFieldSet start = pluginData(summaries.get(0), 3);
            Map<String, Value> hparams = new TreeMap<>();
            for (UnknownFieldSet entry : messages(start, 1)) {
                hparams.put(text(entry, 1), Value.parseFrom(entry.getField(2).getLengthDelimitedList().get(0)));
            }
            assertEquals(Map.of("walk.temperature", Value.newBuilder().setNumberValue(
                    ((Number) point.params().get("walk.temperature")).doubleValue()).build()), hparams, point.name());
            assertEquals(folder.resolve(point.name()).toString(), text(start, 2), "model_uri: the run folder");
            assertTrue(number(start, 5) > 1.6e9, "start_time_secs");

            UnknownFieldSet end = pluginData(summaries.get(1), 4);
            assertEquals(1, end.getField(1).getVarintList().get(0), "status: STATUS_SUCCESS");
            assertTrue(number(end, 2) >= number(start, 5), "end_time_secs");

            Map<String, List<EventFiles.Point>> finals = EventFiles.scalars(events);
            assertTrue(point.metrics().containsKey("eval:J&F-Mean"), point.metrics().toString());
            for (Map.Entry<String, Double> metric : point.metrics().entrySet()) {
                if (!List.of("step", "epoch").contains(metric.getKey())) {
                    assertEquals(List.of(new EventFiles.Point(1, metric.getValue().floatValue())),
                            finals.get("final/" + metric.getKey()), metric.getKey());
                }
            }
        }

        List<PluginSummary> experiments = EventFiles.pluginSummaries(folder.resolve(FILE));
        assertEquals(List.of("_hparams_/experiment"), experiments.stream().map(PluginSummary::tag).toList());
        UnknownFieldSet experiment = pluginData(experiments.get(0), 2);
        List<UnknownFieldSet> hparamInfos = messages(experiment, 4);
        assertEquals(1, hparamInfos.size());
        assertEquals("walk.temperature", text(hparamInfos.get(0), 1));
        assertEquals(3, hparamInfos.get(0).getField(4).getVarintList().get(0), "type: DATA_TYPE_FLOAT64");
        UnknownFieldSet interval = messages(hparamInfos.get(0), 6).get(0);
        assertEquals(List.of(0.05, 0.1), List.of(number(interval, 1), number(interval, 2)), "domain_interval");

        Map<String, Long> datasetTypes = new TreeMap<>();
        for (UnknownFieldSet info : messages(experiment, 5)) {
            String tag = text(messages(info, 1).get(0), 2);
            assertEquals("final/" + text(info, 3), tag, "display_name: the metric's name");
            datasetTypes.put(tag, info.getField(5).getVarintList().get(0));
        }
        TreeSet<String> expected = new TreeSet<>();
        manifest.points().forEach(p -> p.metrics().keySet().stream().filter(k -> !List.of("step", "epoch").contains(k))
                .forEach(k -> expected.add("final/" + k)));
        assertEquals(expected, datasetTypes.keySet());
        assertEquals(2L, datasetTypes.get("final/eval:J&F-Mean"), "DATASET_VALIDATION");
        assertEquals(1L, datasetTypes.get("final/loss"), "DATASET_TRAINING");
    }

    /** The {@code HParamsPluginData} of a summary: version 0 and its {@code data} oneof set to {@code field}. */
    private static UnknownFieldSet pluginData(PluginSummary summary, int field) throws InvalidProtocolBufferException {
        UnknownFieldSet data = UnknownFieldSet.parseFrom(summary.content());
        assertTrue(!data.hasField(1) || data.getField(1).getVarintList().equals(List.of(0L)), "version 0");
        assertEquals(1, data.asMap().keySet().stream().filter(f -> f != 1).count(), "one data field");
        return messages(data, field).get(0);
    }

    private static List<UnknownFieldSet> messages(UnknownFieldSet message, int field) throws InvalidProtocolBufferException {
        List<UnknownFieldSet> out = new java.util.ArrayList<>();
        for (ByteString bytes : message.getField(field).getLengthDelimitedList()) {
            out.add(UnknownFieldSet.parseFrom(bytes));
        }
        return out;
    }

    private static String text(UnknownFieldSet message, int field) {
        return message.getField(field).getLengthDelimitedList().get(0).toStringUtf8();
    }

    private static double number(UnknownFieldSet message, int field) {
        return Double.longBitsToDouble(message.getField(field).getFixed64List().get(0));
    }
}
