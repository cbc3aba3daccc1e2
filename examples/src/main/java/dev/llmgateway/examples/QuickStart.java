package dev.llmgateway.examples;

import dev.llmgateway.client.GatewayClient;
import dev.llmgateway.client.StreamResponse;
import dev.llmgateway.client.chat.ChatCompletion;
import dev.llmgateway.client.chat.ChatCompletionChunk;
import dev.llmgateway.client.chat.ChatCompletionRequest;
import dev.llmgateway.client.completions.Completion;
import dev.llmgateway.client.completions.CompletionRequest;
import dev.llmgateway.client.errors.AuthenticationException;
import dev.llmgateway.client.models.Model;
import java.util.List;

/**
 * The README's main job: lists models, chats, streams, completes, calls async and shows a typed
 * Apigee key fault, against a stand-in gateway on loopback that this program starts itself.
 *
 * <p>Exits with status 1 if any answer is not what the gateway sent, so CI notices.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   * @throws Exception if the stand-in cannot start
   */
  public static void main(String[] args) throws Exception {
    String apiKey = "quickstart-demo-key";
    try (StandInGateway gateway = StandInGateway.start(apiKey);
        GatewayClient client =
            GatewayClient.builder()
                .baseUrl(gateway.baseUrl())
                .apiKey(apiKey)
                .maxRetries(2)
                .build()) {
      System.out.println("gateway (stand-in): " + gateway.baseUrl());

      List<Model> models = client.models().list();
      check(!models.isEmpty(), "models().list() returned no model");
      String model = models.get(0).id();
      System.out.println("models:     " + model);

      ChatCompletionRequest request =
          ChatCompletionRequest.builder()
              .model(model)
              .addUserMessage("What is the capital of France?")
              .maxTokens(10)
              .build();
      ChatCompletion chat = client.chat().create(request);
      String answer = chat.choices().get(0).message().content().orElse("");
      check(answer.contains("Paris"), "chat answer was: " + answer);
      System.out.println("chat:       " + answer);

      StringBuilder streamed = new StringBuilder();
      try (StreamResponse<ChatCompletionChunk> stream = client.chat().stream(request)) {
        stream.stream()
            .forEach(
                chunk ->
                    chunk.choices().forEach(c -> c.delta().content().ifPresent(streamed::append)));
      }
      check(streamed.toString().equals(answer), "streamed text was: " + streamed);
      System.out.println("streamed:   " + streamed);

      Completion completion =
          client
              .completions()
              .create(
                  CompletionRequest.builder()
                      .model(model)
                      .prompt("The capital of France is")
                      .build());
      String text = completion.choices().get(0).text();
      check(text.contains("Paris"), "completion text was: " + text);
      System.out.println("completion:" + text);

      ChatCompletion async = client.async().chat().create(request).join();
      check(
          async.choices().get(0).message().content().orElse("").equals(answer),
          "async answer differs");
      System.out.println("async:      " + async.choices().get(0).message().content().orElse(""));

      try (GatewayClient noKey = GatewayClient.builder().baseUrl(gateway.baseUrl()).build()) {
        noKey.models().list();
        check(false, "a call without a key succeeded");
      } catch (AuthenticationException e) {
        System.out.println(
            "no key:     " + e.getClass().getSimpleName() + " " + e.errorCode().orElse("?"));
      }
    }
    System.out.println("quick start: OK");
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      System.err.println("quick start FAILED: " + message);
      System.exit(1);
    }
  }
}
