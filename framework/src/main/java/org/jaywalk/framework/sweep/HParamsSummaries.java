package org.jaywalk.framework.sweep;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.ListValue;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.Summary;
import org.tensorflow.proto.SummaryMetadata;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * The summaries of TensorBoard's HParams plugin, as its own {@code hparams} summary API writes them
 * ({@code tensorboard/plugins/hparams}: {@code plugin_data.proto}, {@code api.proto}, {@code metadata.py}): a value
 * tagged {@code _hparams_/...} whose metadata names the plugin {@code hparams} and holds a serialized
 * {@code HParamsPluginData} (version 0) as content, with an empty float tensor as the value. TensorFlow Java does not
 * ship these messages, so they are encoded here by field number.
 */
final class HParamsSummaries {

    static final String PLUGIN = "hparams";
    static final String EXPERIMENT_TAG = "_hparams_/experiment";
    static final String SESSION_START_TAG = "_hparams_/session_start_info";
    static final String SESSION_END_TAG = "_hparams_/session_end_info";

    /** {@code api.proto} DataType. */
    enum Type { UNSET, STRING, BOOL, FLOAT64 }

    /** {@code api.proto} Status. */
    enum Status { UNKNOWN, SUCCESS, FAILURE, RUNNING }

    /**
     * A hyperparameter's definition ({@code HParamInfo}): numbers range over {@code [min, max]}, other types over
     * {@code values}.
     */
    record HParam(String name, Type type, List<Value> values, double min, double max) {
    }

    /**
     * A metric ({@code MetricInfo}): the scalar {@code tag} of each session's run, shown as {@code displayName},
     * computed on validation data or (else) on the training data.
     */
    record Metric(String tag, String displayName, boolean validation) {
    }

    private HParamsSummaries() {
    }

    /** The experiment: every hyperparameter and metric ({@code HParamsPluginData.experiment}). */
    static Summary.Value experiment(List<HParam> hparams, List<Metric> metrics) {
        Fields experiment = new Fields();
        hparams.forEach(h -> experiment.message(4, hparamInfo(h)));
        metrics.forEach(m -> experiment.message(5, metricInfo(m)));
        return summary(EXPERIMENT_TAG, new Fields().message(2, experiment.bytes()));
    }

    /** A session's start: its hyperparameter values ({@code HParamsPluginData.session_start_info}). */
    static Summary.Value sessionStart(Map<String, Value> hparams, String modelUri, double startSeconds) {
        Fields start = new Fields();
        hparams.forEach((name, value) -> start.message(1, new Fields().string(1, name).message(2, value).bytes()));
        start.string(2, modelUri).number(5, startSeconds);
        return summary(SESSION_START_TAG, new Fields().message(3, start.bytes()));
    }

    /** A session's end ({@code HParamsPluginData.session_end_info}). */
    static Summary.Value sessionEnd(Status status, double endSeconds) {
        Fields end = new Fields().enumeration(1, status.ordinal()).number(2, endSeconds);
        return summary(SESSION_END_TAG, new Fields().message(4, end.bytes()));
    }

    private static byte[] hparamInfo(HParam h) {
        Fields info = new Fields().string(1, h.name()).enumeration(4, h.type().ordinal());
        if (h.type() == Type.FLOAT64) {
            info.message(6, new Fields().number(1, h.min()).number(2, h.max()).bytes());
        } else {
            info.message(5, ListValue.newBuilder().addAllValues(h.values()).build());
        }
        return info.bytes();
    }

    private static byte[] metricInfo(Metric m) {
        byte[] name = new Fields().string(2, m.tag()).bytes(); // MetricName: group "" is the session's own run
        return new Fields().message(1, name).string(3, m.displayName()).enumeration(5, m.validation() ? 2 : 1).bytes();
    }

    private static Summary.Value summary(String tag, Fields pluginData) {
        SummaryMetadata.PluginData plugin = SummaryMetadata.PluginData.newBuilder().setPluginName(PLUGIN)
                .setContent(ByteString.copyFrom(pluginData.bytes())).build();
        TensorProto empty = TensorProto.newBuilder().setDtype(DataType.DT_FLOAT)
                .setTensorShape(TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dim.newBuilder().setSize(0)))
                .build();
        return Summary.Value.newBuilder().setTag(tag)
                .setMetadata(SummaryMetadata.newBuilder().setPluginData(plugin)).setTensor(empty).build();
    }

    /** A message's fields in protobuf's wire format; proto3 defaults (empty, zero) are left out. */
    private static final class Fields {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

        Fields string(int field, String value) {
            return value.isEmpty() ? this : write(() -> out.writeString(field, value));
        }

        Fields number(int field, double value) {
            return value == 0 ? this : write(() -> out.writeDouble(field, value));
        }

        Fields enumeration(int field, int value) {
            return value == 0 ? this : write(() -> out.writeEnum(field, value));
        }

        /** An embedded message, written even when empty (a set oneof field). */
        Fields message(int field, byte[] message) {
            return write(() -> out.writeByteArray(field, message));
        }

        Fields message(int field, MessageLite message) {
            return write(() -> out.writeMessage(field, message));
        }

        byte[] bytes() {
            write(out::flush);
            return bytes.toByteArray();
        }

        private Fields write(Write write) {
            try {
                write.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
            return this;
        }

        @FunctionalInterface
        private interface Write {
            void run() throws IOException;
        }
    }
}
