package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.llmgateway.client.internal.log.Redactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * A consumer key: the API key a client sends (in {@code x-api-key} in the guide).
 *
 * <p>It is a secret: {@link #toString()} prints {@code ConsumerKey[****]}; read it with {@link
 * #value()} only where it must be used.
 */
public final class ConsumerKey {

  private final String value;

  private ConsumerKey(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("consumerKey must not be blank");
    }
    this.value = value;
  }

  /**
   * Wraps a key value.
   *
   * @param value the key, not blank
   * @return the key
   * @throws IllegalArgumentException if {@code value} is blank
   */
  @JsonCreator
  public static ConsumerKey of(String value) {
    return new ConsumerKey(value);
  }

  /**
   * Returns the key itself.
   *
   * @return the secret key value
   */
  @JsonValue
  public String value() {
    return value;
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConsumerKey
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((ConsumerKey) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code ConsumerKey[****]}; never the key. */
  @Override
  public String toString() {
    return "ConsumerKey[" + Redactor.MARKER + "]";
  }
}
