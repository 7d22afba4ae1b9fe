package org.jaywalk.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code jaywalk config} on the shipped experiments, with Hydra-style overrides. */
class ConfigCommandTest {

    private static String quickstart() {
        return Path.of(System.getProperty("jaywalk.project.root", "..")).resolve("experiments/quickstart.conf").toString();
    }

    @Test
    void overridesReachTheResolvedConfig() {
        Cli.Outcome o = Cli.run("config", quickstart(), "walk.temperature=0.07", "walk.type=flip");
        assertEquals(0, o.exitCode(), o.err());
        assertTrue(o.out().contains("temperature=0.07") || o.out().contains("temperature = 0.07"), o.out());
        assertTrue(o.out().contains("flip"), o.out());
    }

    @Test
    void switchingATypeDropsTheOldTypesSettings() {
        Cli.Outcome o = Cli.run("config", quickstart(), "schedule.type=constant");
        assertEquals(0, o.exitCode(), o.err());
        assertFalse(o.out().contains("gamma"), o.out());
        assertFalse(o.out().contains("milestones"), o.out());
    }
}
