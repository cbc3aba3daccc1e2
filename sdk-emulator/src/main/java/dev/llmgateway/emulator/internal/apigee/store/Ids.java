package dev.llmgateway.emulator.internal.apigee.store;

import java.security.SecureRandom;
import java.util.UUID;

/** Generates ids, consumer keys and secrets with a secure random source. Thread-safe. */
final class Ids {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** Returns a random UUID string, as Apigee uses for developer and app ids. */
  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** Returns a random alphanumeric string (48 characters for keys, 64 for secrets). */
  static String random(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
