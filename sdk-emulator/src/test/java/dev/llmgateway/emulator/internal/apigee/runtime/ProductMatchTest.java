package dev.llmgateway.emulator.internal.apigee.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Product operation matching by path and method (DESIGN 9.1), one row per rule. */
class ProductMatchTest {

  static ApiProduct product(String resource, String methods) {
    return ApiProduct.builder()
        .name("p")
        .approvalType("auto")
        .environments(List.of("env"))
        .operationGroup(
            OperationGroup.builder()
                .addOperationConfig(
                    OperationConfig.builder()
                        .apiSource("proxy")
                        .addOperation(
                            Operation.builder()
                                .resource(resource)
                                .methods(
                                    methods.isEmpty()
                                        ? List.of()
                                        : Arrays.asList(methods.split(" ")))
                                .build())
                        .build())
                .build())
        .build();
  }

  @ParameterizedTest(name = "{0} [{1}] {2} {3} -> {4}")
  @CsvSource({
    "/, '', GET, /v1/chat/completions, true",
    "/, '', DELETE, /anything/at/all, true",
    "/**, '', GET, /v1/a/b/c, true",
    "/**, '', GET, /v1, true",
    "/v1/*, '', GET, /v1/models, true",
    "/v1/*, '', GET, /v1/chat/completions, false",
    "/v1/**, '', GET, /v1/chat/completions, true",
    "/v1/**, '', GET, /v1, false",
    "/v1/**, '', GET, /v2/models, false",
    "/v1/*/completions, '', POST, /v1/chat/completions, true",
    "/v1/*/completions, '', POST, /v1/completions, false",
    "/v1/chat/completions, POST, POST, /v1/chat/completions, true",
    "/v1/chat/completions, POST, POST, /v1/chat/completions/, true",
    "/v1/chat/completions, POST, POST, /v1/chat/completion, false",
    "/v1/chat/completions, POST, GET, /v1/chat/completions, false",
    "/v1/chat/completions, POST, post, /v1/chat/completions, true",
    "/v1/chat/completions, GET POST, POST, /v1/chat/completions, true",
    "/v1/chat/completions, '', PATCH, /v1/chat/completions, true",
    "/v1/comp*, '', POST, /v1/completions, true",
    "/v1/comp*, '', POST, /v1/chat/completions, false",
  })
  void operationResourceAndMethods(
      String resource, String methods, String method, String path, boolean matches) {
    ProductMatch m = ProductMatch.match(product(resource, methods), "proxy", path, method, "env");
    assertEquals(matches, m != null);
  }

  @Test
  void otherEnvironmentOrOtherProxy_doesNotMatch() {
    assertNull(ProductMatch.match(product("/", ""), "proxy", "/x", "GET", "other-env"));
    assertNull(ProductMatch.match(product("/", ""), "other-proxy", "/x", "GET", "env"));
  }

  @Test
  void legacyProduct_matchesItsProxiesAndApiResources_andUsesTheProductQuota() {
    ApiProduct legacy =
        ApiProduct.builder()
            .name("legacy")
            .approvalType("auto")
            .proxies(List.of("proxy"))
            .apiResources(List.of("/v1/*"))
            .quota(Quota.of(5, 1, QuotaTimeUnit.HOUR))
            .build();
    assertEquals(
        Quota.of(5, 1, QuotaTimeUnit.HOUR),
        ProductMatch.match(legacy, "proxy", "/v1/models", "GET", "any").quota());
    assertNull(ProductMatch.match(legacy, "proxy", "/v2/models", "GET", "any"));
    assertNull(ProductMatch.match(legacy, "other", "/v1/models", "GET", "any"));
  }

  @Test
  void operationConfigQuota_winsOverTheProductQuota() {
    ApiProduct p =
        product("/", "").toBuilder()
            .quota(Quota.of(1000, 1, QuotaTimeUnit.DAY))
            .operationGroup(
                OperationGroup.builder()
                    .addOperationConfig(
                        OperationConfig.builder()
                            .apiSource("proxy")
                            .quota(Quota.of(7, 1, QuotaTimeUnit.MINUTE))
                            .build())
                    .build())
            .build();
    ProductMatch m = ProductMatch.match(p, "proxy", "/any", "GET", "env");
    assertEquals(Quota.of(7, 1, QuotaTimeUnit.MINUTE), m.quota());
    assertEquals(0, m.configIndex());
  }
}
