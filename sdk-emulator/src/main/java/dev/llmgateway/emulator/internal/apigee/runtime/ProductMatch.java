package dev.llmgateway.emulator.internal.apigee.runtime;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.LlmOperation;
import dev.llmgateway.admin.apigee.model.LlmOperationConfig;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.emulator.internal.apigee.condition.PathPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether an API product covers a call (DESIGN 9.1): its environments (none listed: all), then
 * either its operation group (an operation config whose {@code apiSource} is the proxy, with an
 * operation whose resource matches the path after the base path and whose methods include the
 * call's, none listed: all) or, without one, its {@code proxies} (none: all) and {@code
 * apiResources} (none: all). The quota is the matched operation config's, else the product's.
 *
 * <p>The LLM token quotas are the product's {@code llmOperationGroup} entries for the proxy whose
 * operation covers the call, by model (they do not grant access; an LLM operation group is read
 * only by LLMTokenQuota policies).
 *
 * @param product the product
 * @param configIndex the index of the matched operation config, or -1
 * @param quota the quota that applies, or null
 * @param llmQuotas the LLM token quotas by model that apply to the call
 */
record ProductMatch(
    ApiProduct product, int configIndex, @Nullable Quota quota, Map<String, Quota> llmQuotas) {

  /**
   * Matches a product against a call.
   *
   * @param product the product
   * @param proxy the proxy name
   * @param path the path after the proxy's base path
   * @param method the HTTP method
   * @param environment the environment
   * @return the match, or null when the product does not cover the call
   */
  static @Nullable ProductMatch match(
      ApiProduct product, String proxy, String path, String method, String environment) {
    if (!product.environments().isEmpty() && !product.environments().contains(environment)) {
      return null;
    }
    if (product.operationGroup().isPresent()) {
      List<OperationConfig> configs = product.operationGroup().get().operationConfigs();
      for (int i = 0; i < configs.size(); i++) {
        OperationConfig c = configs.get(i);
        if (c.apiSource().equals(proxy) && covers(c.operations(), path, method)) {
          return new ProductMatch(
              product,
              i,
              c.quota().or(product::quota).orElse(null),
              llmQuotas(product, proxy, path, method));
        }
      }
      return null;
    }
    if (!product.proxies().isEmpty() && !product.proxies().contains(proxy)) {
      return null;
    }
    boolean resource = product.apiResources().isEmpty();
    for (String r : product.apiResources()) {
      resource |= PathPattern.resource(r).matches(path);
    }
    return resource
        ? new ProductMatch(
            product, -1, product.quota().orElse(null), llmQuotas(product, proxy, path, method))
        : null;
  }

  private static Map<String, Quota> llmQuotas(
      ApiProduct product, String proxy, String path, String method) {
    Map<String, Quota> byModel = new HashMap<>();
    product
        .llmOperationGroup()
        .ifPresent(
            g -> {
              for (LlmOperationConfig c : g.operationConfigs()) {
                for (LlmOperation op : c.llmOperations()) {
                  Operation asOperation =
                      Operation.builder().resource(op.resource()).methods(op.methods()).build();
                  if (c.apiSource().equals(proxy) && covers(List.of(asOperation), path, method)) {
                    byModel.putIfAbsent(op.model(), c.llmTokenQuota());
                  }
                }
              }
            });
    return Map.copyOf(byModel);
  }

  private static boolean covers(List<Operation> operations, String path, String method) {
    if (operations.isEmpty()) {
      return true;
    }
    for (Operation o : operations) {
      boolean methodOk =
          o.methods().isEmpty() || o.methods().stream().anyMatch(m -> m.equalsIgnoreCase(method));
      if (methodOk && PathPattern.resource(o.resource()).matches(path)) {
        return true;
      }
    }
    return false;
  }
}
