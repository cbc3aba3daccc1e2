package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.emulator.internal.Fault;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's stand-in for Apigee's semantic cache: complete answers by proxy and exact prompt
 * text, each until its TTL ends. Thread-safe. Holds at most {@value #MAX_ENTRIES} entries; beyond
 * that, expired ones are dropped, then all.
 */
final class ExactMatchCache {

  static final int MAX_ENTRIES = 10_000;

  private record Entry(String contentType, byte[] body, long expiresAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** Returns the cached answer as the response to send, or null on a miss. */
  @Nullable Fault get(String proxy, String prompt, long now) {
    Entry e = entries.get(proxy + "\n" + prompt);
    if (e == null || e.expiresAt() <= now) {
      return null;
    }
    return new Fault(200, Map.of("Content-Type", e.contentType()), e.body().clone());
  }

  void put(String proxy, String prompt, String contentType, byte[] body, long now, long ttlMillis) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> e.expiresAt() <= now);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(proxy + "\n" + prompt, new Entry(contentType, body.clone(), now + ttlMillis));
  }
}
