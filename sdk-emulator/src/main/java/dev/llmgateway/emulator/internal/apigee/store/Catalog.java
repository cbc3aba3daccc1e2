package dev.llmgateway.emulator.internal.apigee.store;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.emulator.internal.apigee.bundle.ProxyPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of an organization for the runtime: keys (found by the SHA-256 digest of
 * the presented key, then compared in constant time), API products and the proxy revisions that
 * serve in each environment. Rebuilt after every change; read without locks.
 */
public final class Catalog {

  private final String organization;
  private final Set<String> environments;
  private final Map<String, KeyGrant> keysByDigest;
  private final Map<String, ApiProduct> products;
  private final Map<String, Map<String, ProxyPlan>> serving;

  Catalog(
      String organization,
      Set<String> environments,
      Collection<KeyGrant> keys,
      Map<String, ApiProduct> products,
      Map<String, Map<String, ProxyPlan>> serving) {
    this.organization = organization;
    this.environments = Set.copyOf(environments);
    Map<String, KeyGrant> byDigest = new HashMap<>();
    for (KeyGrant k : keys) {
      byDigest.put(digest(k.consumerKey()), k);
    }
    this.keysByDigest = Map.copyOf(byDigest);
    this.products = Map.copyOf(products);
    this.serving = Map.copyOf(serving);
  }

  /**
   * Returns the organization name.
   *
   * @return the organization
   */
  public String organization() {
    return organization;
  }

  /**
   * Tells whether the organization has an environment.
   *
   * @param environment the environment name
   * @return whether it exists
   */
  public boolean hasEnvironment(String environment) {
    return environments.contains(environment);
  }

  /**
   * Finds a key by its value.
   *
   * @param presented the key the caller sent
   * @return the key's grant, or null when no key has that value
   */
  public @Nullable KeyGrant key(String presented) {
    KeyGrant k = keysByDigest.get(digest(presented));
    return k != null && k.matches(presented) ? k : null;
  }

  /**
   * Returns a product by name.
   *
   * @param name the product name
   * @return the product, or null
   */
  public @Nullable ApiProduct product(String name) {
    return products.get(name);
  }

  /**
   * Returns all products.
   *
   * @return the products
   */
  public Collection<ApiProduct> products() {
    return products.values();
  }

  /**
   * Returns the revision of a proxy that serves in an environment.
   *
   * @param environment the environment
   * @param proxy the proxy name
   * @return the plan of the READY revision, or null
   */
  public @Nullable ProxyPlan serving(String environment, String proxy) {
    Map<String, ProxyPlan> env = serving.get(environment);
    return env == null ? null : env.get(proxy);
  }

  private static String digest(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
