package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.testing.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileTest {

    @TempDir
    Path dir;

    private SweepFile sweep(String text) throws IOException {
        Files.writeString(dir.resolve("base.conf"), "include file(\"" + Experiments.tiny() + "\")\nexperiment.output-dir = out\n");
        return SweepFile.read(Files.writeString(dir.resolve("my-sweep.conf"), text));
    }

    private static List<String> names(SweepFile sweep) {
        return sweep.points().stream().map(SweepPoint::name).toList();
    }

    @Test
    void gridIsEveryCombinationNamedAfterItsSettings() throws IOException {
        SweepFile sweep = sweep("""
                sweep {
                  experiment = "base.conf"
                  grid { "walk.temperature" = [0.03, 0.05], walk { edge-dropout = [0, 0.1] } }
                }
                """);
        assertEquals(List.of("edge-dropout=0,temperature=0.03", "edge-dropout=0,temperature=0.05",
                "edge-dropout=0.1,temperature=0.03", "edge-dropout=0.1,temperature=0.05"), names(sweep));
        assertEquals(List.of("walk.edge-dropout=0", "walk.temperature=0.03"), sweep.points().get(0).overrides());
        assertEquals("my-sweep", sweep.name());
        assertEquals(Path.of("out", "my-sweep"), sweep.folder(), "the base experiment's output-dir");
        assertEquals(names(sweep), names(SweepFile.read(dir.resolve("my-sweep.conf"))), "stable across reads");
    }

    @Test
    void randomSearchIsReproducibleFromItsSeed() throws IOException {
        String text = """
                sweep {
                  experiment = "base.conf"
                  name = search
                  output-dir = elsewhere
                  random {
                    samples = 6, seed = %d
                    params {
                      "optimizer.lr" = { log-uniform = [1e-5, 1e-3] }
                      "walk.edge-dropout" = { uniform = [0, 0.3] }
                      "walk.type" = { choice = [pair, pair2] }
                      "train.epochs" = { int-uniform = [2, 4] }
                    }
                  }
                }
                """;
        SweepFile first = sweep(text.formatted(7));
        assertEquals(Path.of("elsewhere", "search"), first.folder());
        assertEquals(6, first.points().size());
        assertEquals(first.points(), sweep(text.formatted(7)).points());
        assertNotEquals(first.points(), sweep(text.formatted(8)).points());
        for (SweepPoint p : first.points()) {
            double lr = ((Number) value(p, "optimizer.lr")).doubleValue();
            assertTrue(lr >= 1e-5 && lr <= 1e-3, "lr " + lr);
            for (String rounded : List.of("optimizer.lr", "walk.edge-dropout")) {
                String written = p.assignments().stream().filter(a -> a.key().equals(rounded)).findFirst().orElseThrow().value();
                assertTrue(new BigDecimal(written).precision() <= 4, written);
            }
            double dropout = ((Number) value(p, "walk.edge-dropout")).doubleValue();
            assertTrue(dropout >= 0 && dropout <= 0.3, "dropout " + dropout);
            assertTrue(Set.of(2, 3, 4).contains(((Number) value(p, "train.epochs")).intValue()));
            assertTrue(Set.of("pair", "pair2").contains((String) value(p, "walk.type")));
            assertTrue(p.name().matches("lr=[0-9.E-]+,epochs=[234],edge-dropout=[0-9.E-]+,type=pair2?"), p.name());
            assertTrue(p.overrides().contains("walk.type=\"" + value(p, "walk.type") + "\""), p.overrides().toString());
        }
    }

    @Test
    void explicitSetsAndGridMultiply() throws IOException {
        SweepFile sweep = sweep("""
                sweep {
                  experiment = "base.conf"
                  explicit = [ { "walk.type" = pair }, [ "walk.type=pair", "optimizer.lr=0.5" ] ]
                  grid { "walk.temperature" = [0.1, 0.2] }
                }
                """);
        assertEquals(List.of("temperature=0.1,type=pair", "temperature=0.2,type=pair",
                "lr=0.5,temperature=0.1,type=pair", "lr=0.5,temperature=0.2,type=pair"), names(sweep));
        ResolvedExperiment point = sweep.load(Experiments.registry(), sweep.points().get(3).overrides());
        assertEquals(0.5, point.config().getDouble("optimizer.lr"));
        assertEquals(0.2, point.config().getDouble("walk.temperature"));
    }

    @Test
    void inlineBlocksAndTopLevelKeysMakeTheBaseExperiment() throws IOException {
        SweepFile withBase = sweep("""
                sweep { experiment = "base.conf", grid { "walk.temperature" = [0.1] } }
                train.max-steps = 3
                """);
        ResolvedExperiment merged = withBase.load(Experiments.registry(), withBase.points().get(0).overrides());
        assertEquals(3, merged.config().getInt("train.max-steps"), "the sweep file's keys over the base experiment");
        assertEquals(7, merged.config().getInt("experiment.seed"), "the base experiment's own");

        SweepFile inline = sweep("include file(\"" + Experiments.tiny() + "\")\ntrain.max-steps = 4\n"
                + "sweep { explicit = [ {} ] }\n");
        assertEquals(List.of("base"), names(inline));
        assertEquals(4, inline.load(Experiments.registry(), List.of()).config().getInt("train.max-steps"));
    }

    @Test
    void malformedSweepsNameTheKeyAndLine() throws IOException {
        assertTrue(error("sweep { experiment = \"base.conf\", gird { a = [1] } }").startsWith("unknown key sweep.gird ["),
                "typo");
        assertTrue(error("sweep { experiment = \"base.conf\", grid { \"walk.temperature\" = 0.1 } }")
                .startsWith("sweep.grid.walk.temperature ["), "not a list");
        assertTrue(error("sweep { experiment = \"base.conf\"\n grid { a = [1] }\n random { samples = 1, params { a = { uniform = [0, 1] } } } }")
                .startsWith("the sweep sets a in two sections"), "overlap");
        assertTrue(error("sweep { experiment = \"base.conf\" }").contains("needs at least one of sweep.grid"), "empty");
        assertTrue(error("sweep { experiment = \"base.conf\", random { samples = 2, params { a = { normal = [0, 1] } } } }")
                .contains("must be a distribution: { uniform = [a, b] }"), "distribution");
        assertTrue(error("sweep { experiment = \"base.conf\", random { samples = 2, params { a = { log-uniform = [0, 1] } } } }")
                .contains("needs positive bounds"), "log of 0");
        assertTrue(error("walk.temperature = 1").contains("has no sweep { ... } block"), "no sweep");
    }

    @Test
    void namesStayShortUniqueAndFileSafe() {
        PointNamer namer = new PointNamer(Set.of("model.encoder.depth", "model.head.depth", "walk.type"));
        List<SweepPoint> points = namer.name(List.of(
                List.of(Assignment.parse("model.encoder.depth=18"), Assignment.parse("model.head.depth=1")),
                List.of(Assignment.parse("walk.type=\"a b/c\"")),
                List.of(Assignment.parse("walk.type=\"a b/c\"")),
                List.of(Assignment.parse("walk.type=\"" + "x".repeat(200) + "\""))));
        assertEquals("model.encoder.depth=18,model.head.depth=1", points.get(0).name());
        assertEquals("type=a_b_c", points.get(1).name());
        assertEquals("type=a_b_c-2", points.get(2).name());
        assertEquals(PointNamer.MAX_LENGTH, points.get(3).name().length());
        assertTrue(points.get(3).name().matches("type=x+-[0-9a-f]{8}"), points.get(3).name());
    }

    private String error(String text) throws IOException {
        return assertThrows(ConfigError.class, () -> sweep(text)).getMessage();
    }

    private static Object value(SweepPoint point, String key) {
        return point.assignments().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow().plain();
    }
}
