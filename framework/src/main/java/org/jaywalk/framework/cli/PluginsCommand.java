package org.jaywalk.framework.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.Conflict;
import org.jaywalk.framework.plugin.PluginInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jaywalk plugins [--json]}: the discovered plugins and what they register. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the discovered plugins: origin, version and the names they register per extension point.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    PluginsCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws Exception {
        ComponentRegistry registry = plugins.registry();
        List<PluginInfo> infos = registry.plugins();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (PluginInfo p : infos) {
                ObjectNode item = array.addObject().put("name", p.name()).put("origin", p.origin())
                        .put("version", p.version());
                ObjectNode registers = item.putObject("registers");
                p.registers().forEach((point, names) -> names.forEach(registers.putArray(point)::add));
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            for (PluginInfo p : infos) {
                out.printf("%s %s (%s)%n", p.name(), p.version(), p.origin());
                p.registers().forEach((point, names) -> out.printf("  %-10s %s%n", point + ":", String.join(", ", names)));
            }
            if (infos.isEmpty()) {
                out.println("no plugins found (searched the class path and " + plugins.folders() + ")");
            }
        }
        for (Conflict conflict : registry.conflicts()) {
            spec.commandLine().getErr().println("warning: " + conflict.message());
        }
        return ExitCodes.OK;
    }
}
