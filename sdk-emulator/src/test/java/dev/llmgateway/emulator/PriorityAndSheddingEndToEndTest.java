package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.RateLimitedException;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Priority from InferenceObjectives applied through the Kubernetes API after start: while one
 * stream holds the pool's whole KV cache, a request of a negative-priority objective is shed at
 * once, one of a positive-priority objective waits and is served, and deleting the objective stops
 * the shedding.
 */
class PriorityAndSheddingEndToEndTest {
  static final String POOL = "small-pool";

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .addModel(
                      EmulatedModel.builder()
                          .name(RawCalls.MODEL)
                          .poolName(POOL)
                          .replicas(1)
                          .kvCacheTokens(64)
                          .build())
                  .latency(LatencyProfile.of(Duration.ofMillis(1), Duration.ofMillis(500))));

  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  private static ChatCompletionRequest chat(String content) {
    return ChatCompletionRequest.builder().model(RawCalls.MODEL).addUserMessage(content).build();
  }

  private static RequestOptions objective(String name) {
    return RequestOptions.builder().inferenceObjective(name).maxRetries(0).build();
  }

  @Test
  void appliedObjectives_shedNegativePriority_andServePositive_whileSaturated(
      GatewayEmulator emulator, GatewayClient client, KubernetesClient kube) throws Exception {
    KubernetesApplier applier = KubernetesApplier.builder().client(kube).build();
    InferenceObjective batch =
        InferenceObjective.builder().name("batch").poolName(POOL).priority(-1).build();
    applier.applyAndWait(
        List.of(
            batch,
            InferenceObjective.builder().name("critical").poolName(POOL).priority(5).build()));

    StreamResponse<ChatCompletionChunk> hog =
        client.chat().stream(chat("word ".repeat(60)), NO_RETRY);
    hog.iterator().next(); // the role chunk: the stream runs and holds the whole KV cache
    CompletableFuture<ChatCompletion> critical =
        client.async().chat().create(chat("hi"), objective("critical"));

    RateLimitedException shed =
        assertThrows(
            RateLimitedException.class, () -> client.chat().create(chat("hi"), objective("batch")));
    assertEquals(
        "inference gateway: InferencePoolResourceExhausted - system saturated, sheddable"
            + " request dropped",
        shed.rawBody());
    assertFalse(critical.isDone(), "the critical request waits for KV cache, it is not shed");

    applier.delete(batch);
    CompletableFuture<ChatCompletion> unshed =
        client.async().chat().create(chat("hi"), objective("batch"));
    awaitWaiting(emulator, 2); // both wait at the model server: neither was shed
    hog.close(); // cancels the stream; the waiting requests get the cache

    assertEquals("hi", content(critical));
    assertEquals("hi", content(unshed));
  }

  /** Polls the model server's {@code vllm:num_requests_waiting} until it shows {@code n}. */
  private static void awaitWaiting(GatewayEmulator emulator, int n) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI metrics = URI.create(emulator.modelServerUrls(RawCalls.MODEL).get(0) + "/metrics");
    String want =
        "vllm:num_requests_waiting{model_name=\"" + RawCalls.MODEL + "\",engine=\"0\"} " + n + ".0";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String body = "";
    while (System.nanoTime() < deadline) {
      body = http.send(HttpRequest.newBuilder(metrics).build(), BodyHandlers.ofString()).body();
      if (body.contains(want)) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("never saw " + want + " in\n" + body);
  }

  private static String content(CompletableFuture<ChatCompletion> f) throws Exception {
    return f.get(20, TimeUnit.SECONDS).choices().get(0).message().content().orElseThrow();
  }
}
