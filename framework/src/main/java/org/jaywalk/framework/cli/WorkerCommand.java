package org.jaywalk.framework.cli;

import org.jaywalk.framework.spi.cli.ExperimentArguments;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.config.TrainSettings;
import org.jaywalk.framework.graph.TaskServer;
import org.jaywalk.framework.train.ClusterTasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jaywalk worker EXPERIMENT [key=value...]}: serves one task of the experiment's
 * {@code train.cluster} until the process is killed. The chief ({@code jaywalk train}, task 0) builds the
 * graph and places towers on this task; the worker only needs the cluster, the devices and the threads.
 *
 * <p>It runs TensorFlow as configured, oneDNN included. It used to relaunch itself with
 * {@code TF_ENABLE_ONEDNN_OPTS=0}: its tower received the chief's variables over ref-typed edges, and with
 * oneDNN fusing a convolution with its bias add the first gradient step hung; the chief's graph now has every
 * tower after the first read the variables through identities on its own device
 * ({@code graph.TowerVariableReads}), so no edge between tasks carries a ref.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Serve one task of the experiment's train.cluster for the chief's training run; runs until killed.")
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    ExperimentArguments arguments;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    WorkerCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ResolvedExperiment experiment = ExperimentLoading.load(arguments, ExperimentLoading.registry(arguments, plugins));
        TrainSettings train = experiment.train();
        ClusterTasks.requireWorker(train);
        TaskServer server = ClusterTasks.serve(train);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("worker task %d of %d listening on %s (all interfaces, port %s); towers %s; stop with Ctrl-C%n",
                server.task(), server.tasks(), server.address(),
                server.address().substring(server.address().lastIndexOf(':') + 1), ClusterTasks.plan(train).towers()
                        .stream().filter(d -> d.contains("/task:" + server.task() + "/")).toList());
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
