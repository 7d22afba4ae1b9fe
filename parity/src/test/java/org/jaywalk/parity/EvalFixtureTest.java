package org.jaywalk.parity;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every evaluation fixture folder becomes one test named after the folder, dispatched to a handler by prefix. */
class EvalFixtureTest {

    @TestFactory
    Stream<DynamicTest> evaluationFixtures() {
        List<EvalFixtureHandler> handlers = ServiceLoader.load(EvalFixtureHandler.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        var fixtures = EvalFixtureDirectories.fixtures(handlers.stream().map(EvalFixtureHandler::prefix).toList());
        if (fixtures.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no evaluation fixtures", () -> Assumptions.assumeTrue(false,
                    "no evaluation fixtures in " + EvalFixtureDirectories.directories() + ": skipping")));
        }
        return fixtures.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> handlers.stream()
                .filter(h -> e.getKey().startsWith(h.prefix())).findFirst().orElseThrow().check(e.getValue())));
    }
}
