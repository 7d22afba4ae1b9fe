package org.jaywalk.framework.export;

import java.util.Arrays;
import java.util.List;

/** What {@code jaywalk export} writes. */
public enum ExportFormat {
    /** videowalk's {@code checkpoint.pth}: {@code {"model": state_dict, "epoch": N}}, a {@code torch.save} zip. */
    VIDEOWALK_PTH("videowalk-pth"),
    /** A TensorFlow SavedModel of the test-time encoder. */
    SAVEDMODEL("savedmodel");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line. */
    public String cliName() {
        return cliName;
    }

    /** The format called {@code name} on the command line. */
    public static ExportFormat of(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + name + "'; formats: "
                        + names()));
    }

    /** Every command-line name. */
    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).toList();
    }
}
