package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects comparisons of one case against its expected arrays and fails once, listing every miss with
 * the ratio error / tolerance. Also reports the worst ratio so margins are visible in the test log.
 */
final class ToleranceReport {

    private record Check(String key, double error, double tolerance) {
        double ratio() {
            return error / tolerance;
        }
    }

    private final String caseName;
    private final List<Check> checks = new ArrayList<>();

    ToleranceReport(String caseName) {
        this.caseName = caseName;
    }

    /** Largest absolute difference must be within {@code tol:<key>}. */
    void maxAbs(ReferenceCase c, String key, float[] actual) {
        double[] expected = c.doubles(key);
        requireSameLength(key, expected.length, actual.length);
        double err = 0;
        for (int i = 0; i < expected.length; i++) {
            err = Math.max(err, Math.abs(expected[i] - actual[i]));
        }
        checks.add(new Check(key, err, c.tolerance(key)));
    }

    /** L2 norm of the difference must be within {@code tol:<key>}. */
    void l2(ReferenceCase c, String key, float[] actual) {
        double[] expected = c.doubles(key);
        requireSameLength(key, expected.length, actual.length);
        double sum = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = expected[i] - actual[i];
            sum += d * d;
        }
        checks.add(new Check(key, Math.sqrt(sum), c.tolerance(key)));
    }

    /** A scalar (e.g. a gradient norm) must be within {@code tol:<key>}. */
    void scalar(ReferenceCase c, String key, double actual) {
        checks.add(new Check(key, Math.abs(c.doubles(key)[0] - actual), c.tolerance(key)));
    }

    /** A measured error against a tolerance the case file does not carry (e.g. a documented contract). */
    void measured(String key, double error, double tolerance) {
        checks.add(new Check(key, error, tolerance));
    }

    /** Integer arrays must be equal. */
    void exact(ReferenceCase c, String key, float[] actual) {
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
        if (checks.isEmpty()) {
            fail(caseName + ": nothing was compared");
        }
        Check worst = checks.stream().max((a, b) -> Double.compare(a.ratio(), b.ratio())).orElseThrow();
        System.out.printf(Locale.ROOT, "[parity] %s: %d arrays compared, worst %s at %.3g of its tolerance%n",
                caseName, checks.size(), worst.key(), worst.ratio());
        List<String> misses = checks.stream().filter(k -> !(k.error() <= k.tolerance()))
                .map(k -> String.format(Locale.ROOT, "%s: error %.3e > tol %.3e (x%.2f)", k.key(), k.error(),
                        k.tolerance(), k.ratio()))
                .toList();
        if (!misses.isEmpty()) {
            fail(caseName + ": " + misses.size() + " of " + checks.size() + " arrays miss their tolerance:\n  "
                    + String.join("\n  ", misses));
        }
    }
}
