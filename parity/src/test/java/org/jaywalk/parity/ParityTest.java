package org.jaywalk.parity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every reference case becomes one test named after its file, dispatched to a handler by prefix. */
class ParityTest {

    @TestFactory
    Stream<DynamicTest> referenceCases() {
        List<ReferenceCaseHandler> handlers = ServiceLoader.load(ReferenceCaseHandler.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        Map<String, Path> cases = ReferenceCaseDirectories.cases();
        assertFalse(cases.isEmpty(), "no reference cases found in " + ReferenceCaseDirectories.directories());
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ReferenceCaseHandler handler = handlers.stream().filter(h -> e.getKey().startsWith(h.prefix()))
                    .findFirst().orElse(null);
            if (handler == null) {
                fail("no handler for reference case " + e.getValue() + "; handlers take prefixes "
                        + handlers.stream().map(ReferenceCaseHandler::prefix).toList());
            }
            handler.check(ReferenceCase.load(e.getValue()));
        }));
    }
}
