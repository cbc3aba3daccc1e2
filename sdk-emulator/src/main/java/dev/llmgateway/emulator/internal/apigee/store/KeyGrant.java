package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.client.internal.log.Redactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * What the runtime needs to know about a consumer key: its status and expiry, its API products and
 * their status, and the status of its app and developer. Immutable; {@link #toString()} never shows
 * the key.
 *
 * @param consumerKey the key (a secret)
 * @param status the key's status, {@code approved} or {@code revoked}
 * @param expiresAt when it expires in epoch milliseconds, or -1 for never
 * @param products the key's API products with their status, in order
 * @param appName the app's name
 * @param appId the app's id
 * @param appStatus the app's status
 * @param developerEmail the developer's email
 * @param developerId the developer's id
 * @param developerStatus the developer's status, {@code active} or {@code inactive}
 */
public record KeyGrant(
    String consumerKey,
    String status,
    long expiresAt,
    List<ProductGrant> products,
    String appName,
    String appId,
    String appStatus,
    String developerEmail,
    String developerId,
    String developerStatus) {

  /**
   * An API product of a key.
   *
   * @param name the product name
   * @param status {@code approved}, {@code pending} or {@code revoked}
   */
  public record ProductGrant(String name, String status) {}

  /**
   * Compares a presented key with this one in constant time.
   *
   * @param presented the key sent by the caller
   * @return whether they are equal
   */
  public boolean matches(String presented) {
    return MessageDigest.isEqual(
        consumerKey.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "KeyGrant{"
        + Redactor.MARKER
        + ", status="
        + status
        + ", app="
        + appName
        + ", products="
        + products
        + "}";
  }
}
