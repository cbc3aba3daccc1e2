package dev.llmgateway.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Raw HTTP calls to the front door, for byte-exact bodies, headers and status lines. */
final class RawCalls {
  static final String MODEL = "/gcs/google/gemma-3-1b-it";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private RawCalls() {}

  /** A chat request body asking {@code question}. */
  static String chatBody(String question) {
    return "{\"model\":\""
        + MODEL
        + "\",\"messages\":[{\"role\":\"user\",\"content\":\""
        + question
        + "\"}]}";
  }

  /** POSTs a chat completion with the key, or none. */
  static HttpResponse<String> chat(GatewayEmulator emulator, @Nullable String key) {
    return send(emulator, "POST", "/v1/chat/completions", key, chatBody("hello there"));
  }

  /** Sends a request with a JSON body, the key (or none) and extra header name-value pairs. */
  static HttpResponse<String> send(
      GatewayEmulator emulator,
      String method,
      String path,
      @Nullable String key,
      String body,
      String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (headers.length > 0) {
      b.headers(headers);
    }
    if (key != null) {
      b.header("x-api-key", key);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sends a request on a plain socket and returns the status line (with its reason phrase). */
  static String statusLine(GatewayEmulator emulator, String requestHead) throws IOException {
    try (Socket s = new Socket("127.0.0.1", emulator.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }
  }

  /** The Apigee fault body DESIGN 9.1 gives, byte for byte. */
  static String fault(String errorcode, String faultstring) {
    return "{\"fault\":{\"faultstring\":\""
        + faultstring
        + "\",\"detail\":{\"errorcode\":\""
        + errorcode
        + "\"}}}";
  }
}
