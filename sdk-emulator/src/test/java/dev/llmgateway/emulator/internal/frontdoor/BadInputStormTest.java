package dev.llmgateway.emulator.internal.frontdoor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Thousands of bad requests get clear 4xx answers and leave the emulator serving. */
class BadInputStormTest {
  private final Harness harness = Harness.standard(new NoGovernance());

  @AfterEach
  void close() {
    harness.close();
  }

  private record Bad(String method, String path, byte[] body, int expected) {
    static Bad of(String method, String path, String body, int expected) {
      return new Bad(method, path, body.getBytes(StandardCharsets.UTF_8), expected);
    }
  }

  private static List<Bad> kinds() {
    return List.of(
        Bad.of("POST", "/v1/chat/completions", "{\"model\": \"m\", \"messages\": [", 400),
        Bad.of("POST", "/v1/chat/completions", "{\"messages\":[]}", 400),
        Bad.of("POST", "/v1/chat/completions", "{\"model\":\"m\",\"messages\":\"x\"}", 400),
        Bad.of("POST", "/v1/chat/completions", "{\"model\":\"m\",\"messages\":[]}", 400),
        Bad.of(
            "POST", "/v1/completions", "{\"model\":\"m\",\"prompt\":\"x\",\"max_tokens\":-5}", 400),
        Bad.of(
            "POST",
            "/v1/completions",
            "{\"model\":\"m\",\"prompt\":\"x\",\"max_tokens\":" + "99999999}",
            400),
        Bad.of("POST", "/v1/completions", "{\"model\":\"zz\",\"prompt\":\"x\"}", 404),
        Bad.of("POST", "/v1/completions", "[".repeat(100_000), 400),
        new Bad(
            "POST", "/v1/completions", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"'}, 400),
        Bad.of("GET", "/v1/completions", "", 405),
        Bad.of("DELETE", "/v1/models", "", 405),
        Bad.of("PUT", "/nowhere", "{\"model\":\"m\"}", 400),
        Bad.of("GET", "/nowhere", "", 404));
  }

  @Test
  void storm_ofBadRequests_getsFourHundredsAndGoodCallsStillWork() throws Exception {
    List<Bad> kinds = kinds();
    Semaphore inFlight = new Semaphore(32);
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    Map<String, Integer> wrong = new TreeMap<>();
    for (int i = 0; i < 3_000; i++) {
      Bad bad = kinds.get(i % kinds.size());
      inFlight.acquire();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(harness.url(bad.path())))
              .timeout(Duration.ofSeconds(20))
              .method(
                  bad.method(),
                  bad.body().length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(bad.body()))
              .build();
      calls.add(
          harness
              .http
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .thenAccept(
                  r -> {
                    if (r.statusCode() != bad.expected()) {
                      synchronized (wrong) {
                        wrong.merge(
                            bad.method() + " " + bad.path() + " -> " + r.statusCode(),
                            1,
                            Integer::sum);
                      }
                    }
                  })
              .whenComplete((v, e) -> inFlight.release()));
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
    for (int i = 0; i < 200; i++) {
      garbage(i % 2 == 0 ? "\u0001\u0002GARBAGE\r\n\r\n" : "GET / HTTP/9.9\r\nHost\r\n\r\n");
    }

    assertEquals(Map.of(), wrong);
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> ok = harness.chat("still serving " + i);
      assertEquals(200, ok.statusCode());
      assertTrue(ok.body().contains("still serving " + i));
    }
  }

  private void garbage(String bytes) throws Exception {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), harness.frontDoor.port())) {
      s.setSoTimeout(5_000);
      OutputStream out = s.getOutputStream();
      out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] answer = in.readNBytes(12);
      String status = new String(answer, StandardCharsets.ISO_8859_1);
      assertTrue(answer.length == 0 || status.matches("HTTP/\\S+ 4\\d\\d.*"), status);
    }
  }
}
