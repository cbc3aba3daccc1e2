package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.emulator.internal.Fault;
import dev.llmgateway.emulator.internal.apigee.store.Catalog;
import dev.llmgateway.emulator.internal.apigee.store.KeyGrant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an API key in DESIGN 9.1's order: present, exists, key approved and not expired, app
 * approved, developer active, then an approved API product of the key covers the call (path,
 * method, proxy, environment). Keys are found by digest and compared in constant time. A product
 * association that is revoked or pending does not cover anything.
 */
final class KeyCheck {

  /** The outcome: a fault, or the key and the product that covers the call. */
  record Result(@Nullable Fault fault, @Nullable KeyGrant key, @Nullable ProductMatch match) {}

  /**
   * The variable, under a VerifyAPIKey's prefix, that holds the product's LLM token quotas by model
   * for the call (a map, not a flow variable Apigee documents).
   */
  static final String LLM_QUOTAS = "apiproduct.developer.llmQuota.models";

  private KeyCheck() {}

  static Result check(
      Catalog catalog,
      @Nullable String presented,
      String variable,
      String proxy,
      String path,
      String method,
      String environment,
      long now) {
    if (presented == null || presented.isEmpty()) {
      return fail(ApigeeFaults.missingKey(variable));
    }
    KeyGrant k = catalog.key(presented);
    if (k == null) {
      return fail(ApigeeFaults.invalidKey());
    }
    if (!"approved".equals(k.status())) {
      return fail(ApigeeFaults.keyNotApproved());
    }
    if (k.expiresAt() > 0 && k.expiresAt() <= now) {
      return fail(ApigeeFaults.keyExpired());
    }
    if (!"approved".equals(k.appStatus())) {
      return fail(ApigeeFaults.appNotApproved());
    }
    if (!"active".equals(k.developerStatus())) {
      return fail(ApigeeFaults.developerInactive());
    }
    for (KeyGrant.ProductGrant g : k.products()) {
      ApiProduct p = "approved".equals(g.status()) ? catalog.product(g.name()) : null;
      ProductMatch m = p == null ? null : ProductMatch.match(p, proxy, path, method, environment);
      if (m != null) {
        return new Result(null, k, m);
      }
    }
    return fail(ApigeeFaults.invalidForResource());
  }

  /**
   * Sets the flow variables VerifyAPIKey sets: {@code client_id}, {@code developer.app.name},
   * {@code apiproduct.name}, ... and, under {@code prefix}, the same names plus {@code
   * apiproduct.developer.quota.limit|interval|timeunit} when the product has a quota and {@code
   * apiproduct.developer.llmQuota.limit|interval|timeunit} when it has an LLM token quota.
   */
  static void setVariables(Map<String, Object> vars, String prefix, KeyGrant k, ProductMatch m) {
    put(vars, prefix, "client_id", k.consumerKey());
    put(vars, prefix, "apiproduct.name", m.product().name());
    put(vars, prefix, "developer.app.name", k.appName());
    put(vars, prefix, "app.name", k.appName());
    put(vars, prefix, "developer.app.id", k.appId());
    put(vars, prefix, "developer.email", k.developerEmail());
    put(vars, prefix, "developer.id", k.developerId());
    Quota q = m.quota();
    if (q != null) {
      put(vars, prefix, "apiproduct.developer.quota.limit", Long.toString(q.limit()));
      put(vars, prefix, "apiproduct.developer.quota.interval", Long.toString(q.interval()));
      put(vars, prefix, "apiproduct.developer.quota.timeunit", q.timeUnit().value());
    }
    Quota llm = m.product().llmQuota().orElse(null);
    if (llm != null) {
      put(vars, prefix, "apiproduct.developer.llmQuota.limit", Long.toString(llm.limit()));
      put(vars, prefix, "apiproduct.developer.llmQuota.interval", Long.toString(llm.interval()));
      put(vars, prefix, "apiproduct.developer.llmQuota.timeunit", llm.timeUnit().value());
    }
    // Per model, resolved by LLMTokenQuota against its LLMModelSource (LlmTokenQuotaRunner).
    vars.put(prefix + LLM_QUOTAS, m.llmQuotas());
    if (!prefix.isEmpty()) {
      vars.put(prefix + "status", k.status());
      vars.put(prefix + "failed", "false");
    }
  }

  private static void put(Map<String, Object> vars, String prefix, String name, String value) {
    vars.put(name, value);
    if (!prefix.isEmpty()) {
      vars.put(prefix + name, value);
    }
  }

  private static Result fail(Fault f) {
    return new Result(f, null, null);
  }
}
