package dev.llmgateway.client.internal.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Generates request ids: random (version 4) UUIDs from a fast, non-cryptographic source. */
public final class RequestIds {
  private RequestIds() {}

  /**
   * Returns a new request id.
   *
   * @return a UUID string
   */
  public static String next() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long msb = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }
}
