package org.jaywalk.framework.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ClosestMatches;
import org.jaywalk.framework.plugin.PluginInfo;
import org.jaywalk.framework.scaffold.PluginName;
import org.jaywalk.framework.scaffold.PluginProject;
import org.jaywalk.framework.spi.ExtensionPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jaywalk new-plugin NAME --point POINT [--package P] [--dir D]}: writes a standalone Maven project of a
 * plugin with one working component (see {@link PluginProject}); never overwrites.
 */
@Command(name = "new-plugin", mixinStandardHelpOptions = true,
        description = "Write a new plugin project: one working component of an extension point, its factory, a test,"
                + " an experiment snippet and a README on building, installing and selecting it.")
final class NewPluginCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME",
            description = "The plugin's name, also the component's type name: lowercase letters, digits and dashes.")
    String name;

    @Option(names = "--point", required = true, paramLabel = "POINT",
            description = "The extension point: dataset, encoder, head, walk, loss, optimizer, schedule, evaluator"
                    + " or listener.")
    String point;

    @Option(names = "--package", paramLabel = "P", description = "The Java package (default org.example.<name>).")
    String javaPackage;

    @Option(names = "--dir", paramLabel = "D", description = "The project folder to create (default ./NAME).")
    Path dir;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    NewPluginCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws IOException {
        Optional<ExtensionPoint<?>> extensionPoint = ExtensionPoint.BUILT_IN.stream()
                .filter(p -> p.name().equals(point)).findFirst();
        if (extensionPoint.isEmpty()) {
            List<String> names = ExtensionPoint.BUILT_IN.stream().map(ExtensionPoint::name).toList();
            return refuse("unknown extension point '" + point + "'" + ClosestMatches.hint(point, names)
                    + "; choose one of " + String.join(", ", names));
        }
        Path folder = (dir != null ? dir : Path.of(name)).toAbsolutePath().normalize();
        PluginName pluginName;
        try {
            pluginName = new PluginName(name);
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage());
        }
        PluginProject project;
        try {
            project = new PluginProject(pluginName, extensionPoint.get(),
                    javaPackage != null ? javaPackage : pluginName.defaultPackage());
        } catch (IllegalArgumentException e) {
            return refuse(e.getMessage() + (javaPackage == null ? "; give one with --package" : ""));
        }
        if (Files.exists(folder)) {
            return refuse(folder + " exists already: new-plugin never overwrites; remove it or choose another --dir");
        }
        Optional<String> taken = installedAs(extensionPoint.get());
        if (taken.isPresent()) {
            return refuse(taken.get() + ": choose another name");
        }
        List<Path> files = project.writeTo(folder);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("wrote the %s plugin '%s' in %s (%d files; README.md tells the rest):%n", point, name, folder,
                files.size());
        files.forEach(f -> out.println("  " + f));
        out.printf("next: cd %s && mvn -B package, copy target/%s-0.1.0.jar into Jaywalk's plugins/ folder,"
                + " then select it with type = %s%n", folder, name, name);
        return ExitCodes.OK;
    }

    /** Why {@link #name} is taken among the installed plugins, if it is (the check is skipped when they fail). */
    private Optional<String> installedAs(ExtensionPoint<?> extensionPoint) {
        List<PluginInfo> installed;
        try {
            installed = plugins.registry().plugins();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        for (PluginInfo p : installed) {
            if (p.name().equals(name)) {
                return Optional.of("a plugin named '" + name + "' is installed already (" + p.origin() + ")");
            }
            if (p.registers().getOrDefault(extensionPoint.name(), List.of()).contains(name)) {
                return Optional.of("the " + extensionPoint + " '" + name + "' is registered already by " + p.describe());
            }
        }
        return Optional.empty();
    }

    private int refuse(String problem) {
        spec.commandLine().getErr().println("error: " + problem);
        return ExitCodes.USAGE;
    }
}
