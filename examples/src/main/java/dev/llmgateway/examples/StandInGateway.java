package dev.llmgateway.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny stand-in for the gateway on loopback, so the quick start runs with nothing installed.
 *
 * <p>It answers like the real stack does: Apigee's fault JSON for a missing or unknown key, and
 * vLLM-shaped bodies and SSE streams for {@code /v1/models}, {@code /v1/chat/completions} and
 * {@code /v1/completions}. It is not the emulator: it knows one model and one key and echoes a
 * fixed answer.
 */
public final class StandInGateway implements AutoCloseable {

  /** The one model the stand-in serves, named as in the setup guide. */
  public static final String MODEL = "/gcs/google/gemma-3-1b-it";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ANSWER = "The capital of France is Paris.";

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] apiKey;

  private StandInGateway(String apiKey) throws IOException {
    this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a stand-in on a free loopback port that accepts the given key.
   *
   * @param apiKey the only key the stand-in accepts in {@code x-api-key}
   * @return the running stand-in; close it to stop it
   * @throws IOException if no loopback port can be bound
   */
  public static StandInGateway start(String apiKey) throws IOException {
    return new StandInGateway(apiKey);
  }

  /**
   * Returns the base URL of the stand-in, like {@code http://127.0.0.1:PORT}.
   *
   * @return the base URL to give the client
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String key = exchange.getRequestHeaders().getFirst("x-api-key");
      if (key == null) {
        fault(
            exchange,
            "steps.oauth.v2.FailedToResolveAPIKey",
            "Failed to resolve API Key variable request.header.x-api-key");
        return;
      }
      if (!MessageDigest.isEqual(apiKey, key.getBytes(StandardCharsets.UTF_8))) {
        fault(exchange, "oauth.v2.InvalidApiKey", "Invalid ApiKey");
        return;
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (method.equals("GET") && path.equals("/v1/models")) {
        send(exchange, 200, "application/json", models());
      } else if (method.equals("POST") && path.equals("/v1/chat/completions")) {
        complete(exchange, body, true);
      } else if (method.equals("POST") && path.equals("/v1/completions")) {
        complete(exchange, body, false);
      } else {
        send(
            exchange,
            404,
            "application/json",
            "{\"error\":{\"message\":\"Not Found\",\"type\":\"NotFoundError\",\"param\":null,\"code\":404}}");
      }
    }
  }

  private void complete(HttpExchange exchange, byte[] body, boolean chat) throws IOException {
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (RuntimeException e) {
      send(
          exchange,
          400,
          "text/plain",
          "inference gateway: BadRequest - model not found in request body");
      return;
    }
    String model = request.path("model").asString("");
    if (model.isEmpty()) {
      send(
          exchange,
          400,
          "text/plain",
          "inference gateway: BadRequest - model not found in request body");
      return;
    }
    if (!model.equals(MODEL)) {
      send(
          exchange,
          404,
          "application/json",
          "{\"error\":{\"message\":\"The model `"
              + model.replace("\"", "")
              + "` does not exist.\","
              + "\"type\":\"NotFoundError\",\"param\":\"model\",\"code\":404}}");
      return;
    }
    if (request.path("stream").asBoolean(false)) {
      stream(exchange, chat);
    } else {
      send(exchange, 200, "application/json", chat ? chatBody() : completionBody());
    }
  }

  private static void stream(HttpExchange exchange, boolean chat) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      String id = chat ? "chatcmpl-standin" : "cmpl-standin";
      String object = chat ? "chat.completion.chunk" : "text_completion";
      if (chat) {
        event(
            out,
            "{\"id\":\""
                + id
                + "\",\"object\":\""
                + object
                + "\",\"created\":1764140000,\"model\":\""
                + MODEL
                + "\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"logprobs\":null,\"finish_reason\":null}]}");
      }
      for (String word : ANSWER.split("(?<= )")) {
        String choice =
            chat
                ? "{\"index\":0,\"delta\":{\"content\":\""
                    + word
                    + "\"},\"logprobs\":null,\"finish_reason\":null}"
                : "{\"index\":0,\"text\":\""
                    + word
                    + "\",\"logprobs\":null,\"finish_reason\":null}";
        event(
            out,
            "{\"id\":\""
                + id
                + "\",\"object\":\""
                + object
                + "\",\"created\":1764140000,\"model\":\""
                + MODEL
                + "\",\"choices\":["
                + choice
                + "]}");
      }
      String last =
          chat
              ? "{\"index\":0,\"delta\":{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null}"
              : "{\"index\":0,\"text\":\"\",\"logprobs\":null,\"finish_reason\":\"stop\",\"stop_reason\":null}";
      event(
          out,
          "{\"id\":\""
              + id
              + "\",\"object\":\""
              + object
              + "\",\"created\":1764140000,\"model\":\""
              + MODEL
              + "\",\"choices\":["
              + last
              + "]}");
      event(out, "[DONE]");
    }
  }

  private static void event(OutputStream out, String data) throws IOException {
    out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static String models() {
    return "{\"object\":\"list\",\"data\":[{\"id\":\""
        + MODEL
        + "\",\"object\":\"model\",\"created\":1764140000,"
        + "\"owned_by\":\"vllm\",\"root\":\""
        + MODEL
        + "\",\"parent\":null,\"max_model_len\":32768,"
        + "\"permission\":[]}]}";
  }

  private static String chatBody() {
    return "{\"id\":\"chatcmpl-standin\",\"object\":\"chat.completion\",\"created\":1764140000,\"model\":\""
        + MODEL
        + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + ANSWER
        + "\",\"reasoning_content\":null,\"tool_calls\":[]},\"logprobs\":null,\"finish_reason\":\"stop\","
        + "\"stop_reason\":null}],\"usage\":{\"prompt_tokens\":16,\"total_tokens\":24,\"completion_tokens\":8,"
        + "\"prompt_tokens_details\":null},\"prompt_logprobs\":null,\"kv_transfer_params\":null}";
  }

  private static String completionBody() {
    return "{\"id\":\"cmpl-standin\",\"object\":\"text_completion\",\"created\":1764140000,\"model\":\""
        + MODEL
        + "\",\"choices\":[{\"index\":0,\"text\":\" "
        + ANSWER
        + "\",\"logprobs\":null,\"finish_reason\":\"stop\","
        + "\"stop_reason\":null,\"prompt_logprobs\":null}],\"usage\":{\"prompt_tokens\":7,\"total_tokens\":15,"
        + "\"completion_tokens\":8,\"prompt_tokens_details\":null},\"kv_transfer_params\":null}";
  }

  private static void fault(HttpExchange exchange, String errorcode, String faultstring)
      throws IOException {
    send(
        exchange,
        401,
        "application/json",
        "{\"fault\":{\"faultstring\":\""
            + faultstring
            + "\",\"detail\":{\"errorcode\":\""
            + errorcode
            + "\"}}}");
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
