package dev.llmgateway.emulator.internal.serving;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model server's prefix cache: the chained hashes of the prompt blocks it computed recently,
 * least recently used first out, holding at most as many blocks as the KV cache. A new prompt whose
 * first k blocks are cached skips their prefill. This class is thread-safe.
 */
final class PrefixCache {
  private final LinkedHashMap<Long, Boolean> blocks;

  PrefixCache(int capacity) {
    this.blocks =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Returns how many leading blocks of a prompt are cached, marking them recently used. */
  synchronized int cachedBlocks(long[] hashes) {
    int n = 0;
    while (n < hashes.length && blocks.get(hashes[n]) != null) {
      n++;
    }
    return n;
  }

  /** Records a prompt's blocks after its prefill. */
  synchronized void insert(long[] hashes) {
    for (long h : hashes) {
      blocks.put(h, Boolean.TRUE);
    }
  }
}
