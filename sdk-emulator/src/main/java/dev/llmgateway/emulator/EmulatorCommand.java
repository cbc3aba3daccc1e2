package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.GuideResources;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of {@link GatewayEmulator#main(String[])}. */
@Command(
    name = "gateway-emulator",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs the LLM gateway (Apigee runtime and management API, a Kubernetes API, GKE Inference"
          + " Gateway routing and vLLM model servers) on this machine, on loopback, until Ctrl-C."
          + " An emulator for development and tests, not a production gateway."
    })
final class EmulatorCommand implements Callable<Integer> {
  static final String DEFAULT_MODEL = "/gcs/google/gemma-3-1b-it";

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Front door port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--apigee-port",
      paramLabel = "PORT",
      description = "Apigee management API port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int apigeePort = 8081;

  @Option(
      names = "--kube-port",
      paramLabel = "PORT",
      description = "Kubernetes API port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int kubePort = 8082;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "Write the kubeconfig here (default: a temporary file, deleted at exit).")
  @Nullable Path kubeconfig;

  @ArgGroup(exclusive = true)
  @Nullable Setup setup;

  /** --guide or --empty; neither is the serving setup. */
  static final class Setup {
    @Option(
        names = "--guide",
        required = true,
        description =
            "Apply the setup guide's objects (GuideResources defaults: organization "
                + GatewayEmulator.ORGANIZATION
                + ", environment "
                + GatewayEmulator.ENVIRONMENT
                + ", product "
                + GatewayEmulator.GUIDE_PRODUCT
                + ") and create a developer app; print its key and a curl line.")
    boolean guide;

    @Option(
        names = "--empty",
        required = true,
        description = "Apply nothing: only the model-server Pods exist; apply your own objects.")
    boolean empty;
  }

  @Option(
      names = "--quota-per-minute",
      paramLabel = "N",
      description = "Request quota per minute of the guide's product with --guide (default: 100).")
  long quotaPerMinute = 100;

  @Option(
      names = "--models",
      split = ",",
      paramLabel = "MODEL",
      description = "Models to serve, comma-separated (default: " + DEFAULT_MODEL + ").")
  @Nullable List<String> models;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Model servers per model (default: ${DEFAULT-VALUE}).")
  int replicas = EmulatedModel.DEFAULT_REPLICAS;

  @Option(
      names = "--max-concurrent-requests",
      paramLabel = "N",
      description =
          "Requests each model server runs at once; more wait in its queue (default:"
              + " ${DEFAULT-VALUE}).")
  int maxConcurrentRequests = EmulatedModel.DEFAULT_MAX_CONCURRENT_REQUESTS;

  @Option(
      names = "--latency",
      paramLabel = "PROFILE",
      description =
          "none, realistic (150 ms to first token, 20 ms per token) or TTFT_MS/TPOT_MS"
              + " (default: ${DEFAULT-VALUE}).")
  String latency = "none";

  @Option(
      names = "--fixed-answer",
      paramLabel = "TEXT",
      description = "Answer every request with TEXT instead of echoing the last user message.")
  @Nullable String fixedAnswer;

  @Option(names = "--seed", description = "Seed of fault injection and tie breaks.")
  @Nullable Long seed;

  private @Nullable GatewayEmulator started;

  /** What {@link #launch} did: the exit code, and the emulator when one runs. */
  record Launch(int exitCode, @Nullable GatewayEmulator emulator) {}

  /**
   * Runs until the process is stopped: the emulator closes in a shutdown hook (Ctrl-C).
   *
   * @param args the arguments
   * @throws InterruptedException when interrupted while running
   */
  static void main(String[] args) throws InterruptedException {
    // Fabric8 logs through SLF4J; without a provider on the class path (as in the all-in-one jar)
    // SLF4J warns about it on every start. The command line prints what matters itself.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Launch launch = launch(args, out, err);
    GatewayEmulator emulator = launch.emulator();
    if (emulator == null) {
      if (launch.exitCode() != 0) {
        System.exit(launch.exitCode());
      }
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "gateway-emulator-shutdown"));
    stopped.await();
  }

  /**
   * Parses the arguments, starts the emulator and prints where it listens; returns without
   * blocking. Help and usage errors return no emulator.
   */
  static Launch launch(String[] args, PrintWriter out, PrintWriter err) {
    EmulatorCommand command = new EmulatorCommand();
    CommandLine cli =
        new CommandLine(command)
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(
                (e, line, parsed) -> {
                  line.getErr().println("gateway-emulator: " + e.getMessage());
                  return 1;
                });
    int code = cli.execute(args);
    return new Launch(code, code == 0 ? command.started : null);
  }

  @Override
  public Integer call() {
    GatewayEmulator.Builder b =
        GatewayEmulator.builder()
            .port(port)
            .apigeePort(apigeePort)
            .kubePort(kubePort)
            .latency(latencyProfile())
            .clusterSetup(clusterSetup());
    try {
      b.guideQuotaPerMinute(quotaPerMinute);
      if (models == null) {
        b.addModel(
            EmulatedModel.builder()
                .name(DEFAULT_MODEL)
                .poolName(GuideResources.DEFAULT_MODEL_SERVER_LABEL)
                .replicas(replicas)
                .maxConcurrentRequests(maxConcurrentRequests)
                .build());
      } else {
        for (String m : models) {
          b.addModel(
              EmulatedModel.builder()
                  .name(m.trim())
                  .replicas(replicas)
                  .maxConcurrentRequests(maxConcurrentRequests)
                  .build());
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec().commandLine(),
          "--models/--replicas/--max-concurrent-requests/--quota-per-minute: " + e.getMessage());
    }
    if (kubeconfig != null) {
      b.kubeconfig(kubeconfig);
    }
    if (fixedAnswer != null) {
      b.responseMode(ResponseMode.fixedAnswer(fixedAnswer));
    }
    if (seed != null) {
      b.seed(seed);
    }
    GatewayEmulator emulator;
    try {
      emulator = b.start();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), e.getMessage());
    }
    started = emulator;
    new StartBanner(emulator).print(spec().commandLine().getOut());
    return 0;
  }

  private ClusterSetup clusterSetup() {
    if (setup == null) {
      return ClusterSetup.SERVING;
    }
    return setup.guide ? ClusterSetup.GUIDE : ClusterSetup.EMPTY;
  }

  private LatencyProfile latencyProfile() {
    switch (latency) {
      case "none":
        return LatencyProfile.none();
      case "realistic":
        return LatencyProfile.realistic();
      default:
        String[] parts = latency.split("/");
        try {
          if (parts.length == 2) {
            return LatencyProfile.of(
                Duration.ofMillis(Long.parseLong(parts[0].trim())),
                Duration.ofMillis(Long.parseLong(parts[1].trim())));
          }
        } catch (IllegalArgumentException e) {
          // falls through to the message below
        }
        throw new ParameterException(
            spec().commandLine(),
            "--latency must be none, realistic or TTFT_MS/TPOT_MS (like 150/20) but was '"
                + latency
                + "'");
    }
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
