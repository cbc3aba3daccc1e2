package dev.llmgateway.emulator.internal.apigee.mgmt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw HTTP calls to the management API, for error shapes no typed client shows. */
final class RawHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String root;

  RawHttp(String root) {
    this.root = root;
  }

  HttpResponse<byte[]> send(String method, String path, String contentType, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(root + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Authorization", "Bearer any-token");
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  HttpResponse<byte[]> json(String method, String path, String json) {
    return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> upload(String path, byte[] zip) {
    String boundary = "b0undary";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(zip);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
  }

  static JsonNode error(HttpResponse<byte[]> r) {
    return JSON.readTree(r.body()).path("error");
  }
}
