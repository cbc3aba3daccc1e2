package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Plain HTTP/1.1 requests to the emulated API, for tests of the wire format. */
final class RawHttp {

  /** A response: status and body. */
  record Response(int status, String body) {
    JsonNode json() {
      return Json.mapper().readTree(body);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  RawHttp(String base) {
    this.base = base;
  }

  Response send(String method, String path, @Nullable String contentType, @Nullable String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path) {
    return send("GET", path, null, null);
  }

  Response apply(String path, String manager, boolean force, String body) {
    String query = "?fieldManager=" + manager + (force ? "&force=true" : "");
    return send("PATCH", path + query, "application/apply-patch+yaml", body);
  }
}
