package org.jaywalk.framework.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a sweep point is: {@code pending} (to run), {@code running} (a process took it; if the sweep was killed
 * it stays so, and {@code --resume} reruns it), {@code done} (final metrics recorded) or {@code failed} (with
 * its error; {@code --resume} reruns it).
 */
public enum PointState {
    PENDING, RUNNING, DONE, FAILED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PointState fromJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
