package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects comparisons of one case against its expected arrays and fails once, listing every miss with
 * the ratio error / tolerance. Also reports the worst ratio so margins are visible in the test log, one line per
 * case and run: the run's label (the case name plus e.g. its kernels) and its {@link Precision}, which sets the
 * tolerances.
 */
final class ToleranceReport {

    private record Check(String key, double error, double tolerance) {
        double ratio() {
            return error == 0 ? 0 : error / tolerance;
        }
    }

    private final String caseName;
    private final Precision precision;
    private final List<Check> checks = new ArrayList<>();

    ToleranceReport(String caseName) {
        this(caseName, Precision.FLOAT32);
    }

    ToleranceReport(String caseName, Precision precision) {
        this.caseName = caseName;
        this.precision = precision;
    }

    /** {@code tol:<key>} in float32; in float64 the proof's relative tolerance times {@code scale}. */
    private double tolerance(ReferenceCase c, String key, double scale) {
        return precision == Precision.FLOAT32 ? c.tolerance(key) : Precision.FLOAT64_RELATIVE * scale;
    }

    /** Largest absolute difference must be within {@code tol:<key>} (float64: of the largest expected value). */
    void maxAbs(ReferenceCase c, String key, float[] actual) {
        maxAbs(c, key, Precision.widen(actual));
    }

    void maxAbs(ReferenceCase c, String key, double[] actual) {
        double[] expected = c.doubles(key);
        requireSameLength(key, expected.length, actual.length);
        double err = 0;
        double scale = 0;
        for (int i = 0; i < expected.length; i++) {
            err = Math.max(err, Math.abs(expected[i] - actual[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        checks.add(new Check(key, err, tolerance(c, key, scale)));
    }

    /** L2 norm of the difference must be within {@code tol:<key>} (float64: of the expected L2 norm). */
    void l2(ReferenceCase c, String key, float[] actual) {
        l2(c, key, Precision.widen(actual));
    }

    void l2(ReferenceCase c, String key, double[] actual) {
        double[] expected = c.doubles(key);
        requireSameLength(key, expected.length, actual.length);
        double sum = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = expected[i] - actual[i];
            sum += d * d;
            norm += expected[i] * expected[i];
        }
        checks.add(new Check(key, Math.sqrt(sum), tolerance(c, key, Math.sqrt(norm))));
    }

    /** A scalar (e.g. a gradient norm) must be within {@code tol:<key>} (float64: of its expected value). */
    void scalar(ReferenceCase c, String key, double actual) {
        double expected = c.doubles(key)[0];
        checks.add(new Check(key, Math.abs(expected - actual), tolerance(c, key, Math.abs(expected))));
    }

    /** A measured error against a tolerance the case file does not carry (e.g. a documented contract). */
    void measured(String key, double error, double tolerance) {
        checks.add(new Check(key, error, tolerance));
    }

    /** Integer arrays must be equal. */
    void exact(ReferenceCase c, String key, float[] actual) {
        exact(c, key, Precision.widen(actual));
    }

    void exact(ReferenceCase c, String key, double[] actual) {
        double[] expected = c.doubles(key);
        requireSameLength(key, expected.length, actual.length);
        int mismatches = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                mismatches++;
            }
        }
        checks.add(new Check(key + " (mismatches)", mismatches, 0.5));
    }

    private void requireSameLength(String key, int expected, int actual) {
        if (expected != actual) {
            fail(caseName + ": " + key + " has " + actual + " values, expected " + expected);
        }
    }

    /** Fails listing every check whose error exceeds its tolerance. */
    void assertAllWithin() {
        String run = caseName + " " + precision.label();
        if (checks.isEmpty()) {
            fail(run + ": nothing was compared");
        }
        Check worst = checks.stream().max((a, b) -> Double.compare(a.ratio(), b.ratio())).orElseThrow();
        System.out.printf(Locale.ROOT, "[parity] %s: %d arrays compared, worst %s at %.3g of its tolerance%n",
                run, checks.size(), worst.key(), worst.ratio());
        List<String> misses = checks.stream().filter(k -> !(k.error() <= k.tolerance()))
                .map(k -> String.format(Locale.ROOT, "%s: error %.3e > tol %.3e (x%.2f)", k.key(), k.error(),
                        k.tolerance(), k.ratio()))
                .toList();
        if (!misses.isEmpty()) {
            fail(run + ": " + misses.size() + " of " + checks.size() + " arrays miss their tolerance:\n  "
                    + String.join("\n  ", misses));
        }
    }
}
