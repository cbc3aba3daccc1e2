package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.GuideResources;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of {@link GatewayEmulator#main(String[])}. */
@Command(
    name = "gateway-emulator",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the LLM gateway (GKE Inference Gateway and vLLM model servers) on this machine, on"
          + " loopback. An emulator for development and tests, not a production gateway."
    })
final class EmulatorCommand implements Callable<Integer> {
  static final String DEFAULT_MODEL = "/gcs/google/gemma-3-1b-it";

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--port",
      description = "Front door port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--models",
      split = ",",
      paramLabel = "MODEL",
      description = "Models to serve, comma-separated (default: " + DEFAULT_MODEL + ").")
  @Nullable List<String> models;

  @Option(
      names = "--replicas",
      description = "Model servers per model (default: ${DEFAULT-VALUE}).")
  int replicas = EmulatedModel.DEFAULT_REPLICAS;

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

  @Override
  public Integer call() throws InterruptedException {
    GatewayEmulator.Builder b = GatewayEmulator.builder().port(port).latency(latencyProfile());
    try {
      if (models == null) {
        b.addModel(
            EmulatedModel.builder()
                .name(DEFAULT_MODEL)
                .poolName(GuideResources.DEFAULT_MODEL_SERVER_LABEL)
                .replicas(replicas)
                .build());
      } else {
        for (String m : models) {
          b.addModel(EmulatedModel.builder().name(m.trim()).replicas(replicas).build());
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec().commandLine(), "--models/--replicas: " + e.getMessage());
    }
    if (fixedAnswer != null) {
      b.responseMode(ResponseMode.fixedAnswer(fixedAnswer));
    }
    if (seed != null) {
      b.seed(seed);
    }
    GatewayEmulator emulator = b.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stopped.countDown();
                },
                "gateway-emulator-shutdown"));
    PrintWriter out = spec().commandLine().getOut();
    out.println(
        "LLM gateway emulator (not a production gateway) listening on " + emulator.baseUrl());
    for (EmulatedModel m : emulator.models()) {
      out.println(
          "  model "
              + m.name()
              + " (pool "
              + m.poolName()
              + "): "
              + emulator.modelServerUrls(m.name()));
    }
    out.println("Try: curl " + emulator.baseUrl() + "/v1/models");
    out.flush();
    stopped.await();
    return 0;
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
