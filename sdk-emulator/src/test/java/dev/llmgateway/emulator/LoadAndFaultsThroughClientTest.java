package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.RequestOptions;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.errors.ErrorSource;
import dev.llmgateway.client.errors.GatewayException;
import dev.llmgateway.client.errors.RateLimitedException;
import dev.llmgateway.client.errors.ServerException;
import dev.llmgateway.client.errors.ServiceUnavailableException;
import dev.llmgateway.client.errors.StreamException;
import java.time.Duration;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** Saturation, shedding, empty pools and injected faults as sdk-client reports them. */
class LoadAndFaultsThroughClientTest {
  private static final String MODEL = "/gcs/google/gemma-3-1b-it";
  private static final RequestOptions NO_RETRY = RequestOptions.builder().maxRetries(0).build();

  private static ChatCompletionRequest chat(String content) {
    return ChatCompletionRequest.builder().model(MODEL).addUserMessage(content).build();
  }

  @Test
  void sheddableRequest_whilePoolSaturated_throwsRateLimited_thenPassesOnceFree() {
    try (GatewayEmulator emulator =
        GatewayEmulator.builder()
            .addModel(
                EmulatedModel.builder()
                    .name(MODEL)
                    .poolName("pool")
                    .replicas(1)
                    .kvCacheTokens(64)
                    .build())
            .latency(LatencyProfile.of(Duration.ofMillis(1), Duration.ofSeconds(5)))
            .addInferenceObjective(
                InferenceObjective.builder().name("batch").poolName("pool").priority(-1).build())
            .start()) {
      GatewayClient client = emulator.gatewayClient();
      RequestOptions batch = RequestOptions.builder().inferenceObjective("batch").build();
      StreamResponse<ChatCompletionChunk> longStream =
          client.chat().stream(chat("word ".repeat(60)));
      Iterator<ChatCompletionChunk> chunks = longStream.iterator();
      chunks.next(); // the role chunk: the stream runs and holds the whole KV cache

      RateLimitedException shed =
          assertThrows(
              RateLimitedException.class,
              () -> client.chat().create(chat("hi"), batch.mergedWith(NO_RETRY)));
      assertEquals(429, shed.statusCode());
      assertEquals(ErrorSource.GATEWAY, shed.source());
      assertEquals(
          "inference gateway: InferencePoolResourceExhausted - system saturated, sheddable"
              + " request dropped",
          shed.rawBody());

      longStream.close(); // cancels the call; the server frees the slot
      RequestOptions patient = batch.mergedWith(RequestOptions.builder().maxRetries(8).build());
      assertEquals(
          "hi",
          client
              .chat()
              .create(chat("hi"), patient)
              .choices()
              .get(0)
              .message()
              .content()
              .orElseThrow());
    }
  }

  @Test
  void pool_withoutReplicas_throwsServiceUnavailable() {
    try (GatewayEmulator emulator =
        GatewayEmulator.builder()
            .addModel(EmulatedModel.builder().name(MODEL).replicas(0).build())
            .start()) {
      ServiceUnavailableException e =
          assertThrows(
              ServiceUnavailableException.class,
              () -> emulator.gatewayClient().chat().create(chat("hi"), NO_RETRY));

      assertEquals(503, e.statusCode());
      assertEquals(
          "inference gateway: ServiceUnavailable - failed to find candidate pods for serving the"
              + " request",
          e.rawBody());
    }
  }

  @Test
  void injectedFaults_surfaceAsServerAndStreamExceptions() {
    try (GatewayEmulator server =
            GatewayEmulator.builder()
                .faults(FaultRates.builder().serverErrorRate(1).build())
                .start();
        GatewayEmulator midStream =
            GatewayEmulator.builder()
                .faults(FaultRates.builder().midStreamErrorRate(1).build())
                .start();
        GatewayEmulator drop =
            GatewayEmulator.builder()
                .faults(FaultRates.builder().connectionDropRate(1).build())
                .start()) {
      ServerException e =
          assertThrows(
              ServerException.class,
              () -> server.gatewayClient().chat().create(chat("a b c d"), NO_RETRY));
      assertEquals(500, e.statusCode());

      assertThrows(
          StreamException.class,
          () -> {
            try (StreamResponse<ChatCompletionChunk> s =
                midStream.gatewayClient().chat().stream(chat("a b c d"), NO_RETRY)) {
              s.stream().forEach(c -> {});
            }
          });

      GatewayException dropped =
          assertThrows(
              GatewayException.class,
              () -> {
                try (StreamResponse<ChatCompletionChunk> s =
                    drop.gatewayClient().chat().stream(chat("a b c d"), NO_RETRY)) {
                  s.stream().forEach(c -> {});
                }
              });
      assertTrue(dropped instanceof StreamException, dropped.toString());
    }
  }
}
