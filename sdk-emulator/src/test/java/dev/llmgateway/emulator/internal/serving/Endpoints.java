package dev.llmgateway.emulator.internal.serving;

import dev.llmgateway.client.internal.json.Json;
import io.vertx.core.MultiMap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Builds endpoints and calls for serving tests. */
final class Endpoints {
  static final String MODEL = "m";
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_764_140_000L), ZoneOffset.UTC);

  private Endpoints() {}

  static EndpointConfig config(int maxRunning, long ttftMillis, long tpotMillis) {
    return new EndpointConfig(
        MODEL,
        List.of("lora-a"),
        4096,
        maxRunning,
        1024,
        16,
        ttftMillis * 1_000_000,
        tpotMillis * 1_000_000,
        null,
        FaultInjector.none(),
        CLOCK);
  }

  static EndpointConfig withFaults(double server, double midStream, double drop) {
    EndpointConfig c = config(4, 0, 0);
    return new EndpointConfig(
        c.model(),
        c.loraAdapters(),
        c.maxModelLen(),
        c.maxRunning(),
        c.kvCacheBlocks(),
        c.blockSize(),
        0,
        0,
        null,
        new FaultInjector(server, midStream, drop, new Random(7)),
        CLOCK);
  }

  static ModelEndpoint endpoint(EndpointConfig config) {
    return new ModelEndpoint("m-0", "ns", Map.of("app", "m"), config);
  }

  static ServingCall post(String path, String json, Timers timers) {
    return new ServingCall(
        "POST", path, MultiMap.caseInsensitiveMultiMap(), Json.mapper().readTree(json), timers);
  }

  static ServingCall get(String path, Timers timers) {
    return new ServingCall("GET", path, MultiMap.caseInsensitiveMultiMap(), null, timers);
  }

  static String chat(String content, boolean stream, @Nullable String extra) {
    return "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\""
        + content
        + "\"}]"
        + (stream ? ",\"stream\":true" : "")
        + (extra == null ? "" : "," + extra)
        + "}";
  }
}
