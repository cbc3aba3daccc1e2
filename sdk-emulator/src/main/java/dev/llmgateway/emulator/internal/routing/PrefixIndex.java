package dev.llmgateway.emulator.internal.routing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Endpoint Picker's own record of which prompt prefixes it sent where (its prefix-cache
 * scorer): the prompt is cut into blocks of {@link #BLOCK_CHARS} characters, each hashed together
 * with the previous block's hash (the first with the target model); after a pick, the endpoint is
 * remembered for the request's blocks, least recently used first out per endpoint. It guesses what
 * the model servers cached, like the real one. This class is thread-safe.
 */
final class PrefixIndex {
  /** Characters per block (the v1.0 plugin's default block size). */
  static final int BLOCK_CHARS = 64;

  /** Blocks compared at most per request. */
  static final int MAX_BLOCKS = 256;

  /** Blocks remembered per endpoint. */
  static final int CAPACITY_PER_ENDPOINT = 31_250;

  private final Map<String, LinkedHashMap<Long, Boolean>> byEndpoint = new HashMap<>();

  /** Returns the block hashes of a prompt for a target model. */
  static long[] hashes(String model, String prompt) {
    int n = Math.min(MAX_BLOCKS, prompt.length() / BLOCK_CHARS);
    long[] out = new long[n];
    long h = model.hashCode() * 0x9E3779B97F4A7C15L;
    for (int b = 0; b < n; b++) {
      for (int i = b * BLOCK_CHARS; i < (b + 1) * BLOCK_CHARS; i++) {
        h = (h ^ prompt.charAt(i)) * 0x100000001b3L;
      }
      out[b] = h;
    }
    return out;
  }

  /** Returns how many leading blocks the endpoint was sent, as a share of the prompt's blocks. */
  synchronized double score(String endpoint, long[] hashes) {
    if (hashes.length == 0) {
      return 0;
    }
    LinkedHashMap<Long, Boolean> seen = byEndpoint.get(endpoint);
    int n = 0;
    while (seen != null && n < hashes.length && seen.containsKey(hashes[n])) {
      n++;
    }
    return (double) n / hashes.length;
  }

  /** Remembers that a prompt's blocks went to an endpoint. */
  synchronized void record(String endpoint, long[] hashes) {
    if (hashes.length == 0) {
      return;
    }
    LinkedHashMap<Long, Boolean> seen =
        byEndpoint.computeIfAbsent(
            endpoint,
            k ->
                new LinkedHashMap<>(64, 0.75f, true) {
                  private static final long serialVersionUID = 1L;

                  @Override
                  protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > CAPACITY_PER_ENDPOINT;
                  }
                });
    for (long h : hashes) {
      seen.put(h, Boolean.TRUE);
    }
  }
}
