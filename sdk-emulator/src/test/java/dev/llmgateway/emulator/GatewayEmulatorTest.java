package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The public API: validation with messages naming the field, defaults, ports, the CLI. */
class GatewayEmulatorTest {

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void emulatedModel_invalidFields_areRejectedByName() {
    assertEquals("name must not be blank", message(() -> EmulatedModel.builder().build()));
    assertEquals(
        "replicas must be between 0 and 64 but was -1",
        message(() -> EmulatedModel.builder().name("m").replicas(-1).build()));
    assertTrue(
        message(() -> EmulatedModel.builder().name("m").poolName("Bad_Pool").build())
            .startsWith("poolName must match"));
    assertEquals(
        "loraAdapters[1] 'a' repeats the model name or another adapter",
        message(
            () ->
                EmulatedModel.builder().name("m").addLoraAdapter("a").addLoraAdapter("a").build()));
    assertEquals(
        "maxConcurrentRequests must be between 1 and 100000 but was 0",
        message(() -> EmulatedModel.builder().name("m").maxConcurrentRequests(0).build()));
  }

  @Test
  void emulatedModel_defaultPoolName_comesFromTheLastPathSegment() {
    assertEquals("vllm-gemma-3-1b-it", EmulatedModel.of("/gcs/google/gemma-3-1b-it").poolName());
    assertEquals(
        "vllm-llama-3-1-8b-instruct",
        EmulatedModel.of("meta-llama/Llama-3.1-8B-Instruct").poolName());
    assertEquals(EmulatedModel.of("x").toBuilder().replicas(5).build().poolName(), "vllm-x");
  }

  @Test
  void rates_andLatency_invalidValues_areRejectedByName() {
    assertEquals(
        "serverErrorRate must be between 0 and 1 but was 1.5",
        message(() -> FaultRates.builder().serverErrorRate(1.5).build()));
    assertTrue(
        message(() -> FaultRates.builder().serverErrorRate(0.6).connectionDropRate(0.6).build())
            .startsWith("serverErrorRate + midStreamErrorRate + connectionDropRate"));
    assertEquals(
        "timePerOutputToken must not be negative but was PT-0.001S",
        message(() -> LatencyProfile.of(Duration.ZERO, Duration.ofMillis(-1))));
    assertEquals("answer must not be null", message(() -> ResponseMode.fixedAnswer(null)));
  }

  @Test
  void builder_invalidSettings_areRejectedBeforeStarting() {
    assertEquals(
        "port must be between 0 and 65535 but was 70000",
        message(() -> GatewayEmulator.builder().port(70_000).start()));
    assertEquals(
        "latency must not be null", message(() -> GatewayEmulator.builder().latency(null)));
    assertEquals(
        "apigeePort must be between 0 and 65535 but was -1",
        message(() -> GatewayEmulator.builder().apigeePort(-1).start()));
    assertEquals(
        "kubePort must be between 0 and 65535 but was 65536",
        message(() -> GatewayEmulator.builder().kubePort(65_536).start()));
    assertEquals(
        "guideQuotaPerMinute must be between 1 and 9223372036854775807 but was 0",
        message(() -> GatewayEmulator.builder().guideQuotaPerMinute(0).start()));
    assertEquals(
        "clusterSetup must not be null",
        message(() -> GatewayEmulator.builder().clusterSetup(null)));
    assertEquals(
        "inferenceObjectives are applied with ClusterSetup SERVING or GUIDE; with EMPTY apply them"
            + " yourself",
        message(
            () ->
                GatewayEmulator.builder()
                    .clusterSetup(ClusterSetup.EMPTY)
                    .addInferenceObjective(
                        InferenceObjective.builder().name("o").poolName("p").build())
                    .start()));
    assertEquals(
        "models[1].poolName 'vllm-m' is used by another model",
        message(() -> GatewayEmulator.builder().addModel("a/m").addModel("b/m").start()));
    assertEquals(
        "models[1] serves 'x', which another model serves too",
        message(
            () ->
                GatewayEmulator.builder()
                    .addModel(EmulatedModel.builder().name("m").addLoraAdapter("x").build())
                    .addModel(EmulatedModel.builder().name("x").poolName("other").build())
                    .start()));
  }

  @Test
  void defaults_serveTheGuidesModelOnTwoReplicasWithMetrics() throws Exception {
    try (GatewayEmulator emulator =
        GatewayEmulator.builder().responseMode(ResponseMode.fixedAnswer("Paris.")).start()) {
      EmulatedModel model = emulator.models().get(0);
      assertEquals("/gcs/google/gemma-3-1b-it", model.name());
      assertEquals("vllm-l4-gemma-3-1b-it", model.poolName());
      List<String> urls = emulator.modelServerUrls(model.name());
      assertEquals(2, urls.size());
      assertTrue(emulator.baseUrl().endsWith(":" + emulator.port()));

      HttpClient http = HttpClient.newHttpClient();
      String metrics =
          http.send(
                  HttpRequest.newBuilder(URI.create(urls.get(0) + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(
          metrics.contains(
              "vllm:num_requests_waiting{model_name=\"" + model.name() + "\",engine=\"0\"} 0.0"),
          metrics);
      assertEquals(
          "Paris.",
          emulator
              .gatewayClient()
              .completions()
              .create(
                  dev.llmgateway.client.completions.CompletionRequest.builder()
                      .model(model.name())
                      .prompt("The capital of France is")
                      .build())
              .choices()
              .get(0)
              .text());
    }
  }

  @Test
  void close_twice_isHarmless_theClientsAreGone_andTheTemporaryKubeconfigIsDeleted() {
    GatewayEmulator emulator = GatewayEmulator.builder().start();
    emulator.gatewayClient();
    emulator.apigeeClient();
    Path kubeconfig = emulator.kubeconfig();
    assertTrue(Files.exists(kubeconfig));
    emulator.close();
    emulator.close();

    assertThrows(IllegalStateException.class, emulator::gatewayClient);
    assertThrows(IllegalStateException.class, emulator::apigeeClient);
    assertThrows(IllegalStateException.class, emulator::kubernetesClient);
    assertFalse(Files.exists(kubeconfig));
  }

  @Test
  void commandLine_badLatency_exitsWithUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new EmulatorCommand()).setErr(new PrintWriter(err));

    int code = cli.execute("--latency", "fast", "--port", "0");

    assertEquals(2, code);
    assertTrue(
        err.toString()
            .contains(
                "--latency must be none, realistic or TTFT_MS/TPOT_MS (like 150/20) but was 'fast'"),
        err.toString());
  }

  @Test
  void commandLine_help_listsTheOptions() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EmulatorCommand()).setOut(new PrintWriter(out));

    assertEquals(0, cli.execute("--help"));
    for (String option :
        new String[] {
          "--port",
          "--apigee-port",
          "--kube-port",
          "--kubeconfig",
          "--guide",
          "--empty",
          "--quota-per-minute",
          "--models",
          "--replicas",
          "--max-concurrent-requests",
          "--latency"
        }) {
      assertTrue(out.toString().contains(option), out.toString());
    }
  }
}
