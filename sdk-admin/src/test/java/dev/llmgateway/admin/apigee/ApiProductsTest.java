package dev.llmgateway.admin.apigee;

import static dev.llmgateway.admin.apigee.MockApigee.body;
import static dev.llmgateway.admin.apigee.MockApigee.error;
import static dev.llmgateway.admin.apigee.MockApigee.expect;
import static dev.llmgateway.admin.apigee.MockApigee.ok;
import static dev.llmgateway.admin.apigee.MockApigee.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.apigee.model.ApiProduct;
import dev.llmgateway.admin.apigee.model.LlmOperation;
import dev.llmgateway.admin.apigee.model.LlmOperationConfig;
import dev.llmgateway.admin.apigee.model.LlmOperationGroup;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ApiProductsTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  /** The guide's product: 100 requests per minute on the two completion operations. */
  static final String GUIDE_PRODUCT_JSON =
      "{\"name\":\"llm-product\",\"displayName\":\"llm-product\",\"approvalType\":\"auto\","
          + "\"environments\":[\"eval\"],"
          + "\"attributes\":[{\"name\":\"access\",\"value\":\"public\"}],"
          + "\"operationGroup\":{\"operationConfigType\":\"proxy\",\"operationConfigs\":[{"
          + "\"apiSource\":\"apigee-llm-inf-gw\",\"operations\":["
          + "{\"resource\":\"/v1/completions\",\"methods\":[\"POST\"]},"
          + "{\"resource\":\"/v1/chat/completions\",\"methods\":[\"POST\"]}],"
          + "\"quota\":{\"limit\":\"100\",\"interval\":\"1\",\"timeUnit\":\"minute\"}}]}}";

  static ApiProduct guideProduct() {
    return ApiProduct.builder()
        .name("llm-product")
        .approvalType("auto")
        .addEnvironment("eval")
        .addAttribute(dev.llmgateway.admin.apigee.model.Attribute.of("access", "public"))
        .operationGroup(
            OperationGroup.builder()
                .addOperationConfig(
                    OperationConfig.builder()
                        .apiSource("apigee-llm-inf-gw")
                        .addOperation(
                            Operation.builder()
                                .resource("/v1/completions")
                                .addMethod("POST")
                                .build())
                        .addOperation(
                            Operation.builder()
                                .resource("/v1/chat/completions")
                                .addMethod("POST")
                                .build())
                        .quota(Quota.of(100, 1, QuotaTimeUnit.MINUTE))
                        .build())
                .build())
        .build();
  }

  @Test
  void create_sendsOperationGroupWithQuotaFieldsAsStrings() throws Exception {
    server.enqueue(ok(GUIDE_PRODUCT_JSON));
    ApiProduct created = MockApigee.client(server, time).apiProducts().create(guideProduct());
    RecordedRequest r = expect(server, "POST", "/v1/organizations/my-org/apiproducts");
    assertEquals(tree(GUIDE_PRODUCT_JSON), body(r));
    assertTrue(
        body(r)
            .path("operationGroup")
            .path("operationConfigs")
            .get(0)
            .path("quota")
            .path("limit")
            .isString());
    assertEquals(guideProduct().operationGroup(), created.operationGroup());
  }

  @Test
  void get_parsesProductLevelQuotaFromStrings() throws Exception {
    server.enqueue(
        ok(
            "{\"name\":\"p\",\"quota\":\"50\",\"quotaInterval\":\"12\",\"quotaTimeUnit\":\"hour\","
                + "\"createdAt\":\"1700000000000\",\"space\":\"team-a\"}"));
    ApiProduct p = MockApigee.client(server, time).apiProducts().get("p");
    expect(server, "GET", "/v1/organizations/my-org/apiproducts/p");
    assertEquals(Quota.of(50, 12, QuotaTimeUnit.HOUR), p.quota().orElseThrow());
    assertEquals(1700000000000L, p.createdAt().orElseThrow());
    assertEquals("team-a", p.additionalProperties().get("space"));
  }

  /** The LLM operation group of Google's llm-token-limits-v2 sample, as apigeecli sends it. */
  static final String LLM_PRODUCT_JSON =
      "{\"name\":\"ai-product-bronze\",\"displayName\":\"ai-product-bronze\","
          + "\"approvalType\":\"auto\",\"llmOperationGroup\":{\"operationConfigs\":[{"
          + "\"apiSource\":\"llm-token-limits-v2\",\"llmOperations\":[{\"resource\":\"/\","
          + "\"methods\":[\"POST\"],\"model\":\"gemini-2.5-flash\"}],"
          + "\"llmTokenQuota\":{\"limit\":\"2000\",\"interval\":\"5\",\"timeUnit\":\"minute\"}}]},"
          + "\"llmQuota\":\"100000\",\"llmQuotaInterval\":\"1\",\"llmQuotaTimeUnit\":\"day\"}";

  static ApiProduct llmProduct() {
    return ApiProduct.builder()
        .name("ai-product-bronze")
        .llmQuota(Quota.of(100_000, 1, QuotaTimeUnit.DAY))
        .llmOperationGroup(
            LlmOperationGroup.builder()
                .addOperationConfig(
                    LlmOperationConfig.builder()
                        .apiSource("llm-token-limits-v2")
                        .addLlmOperation(
                            LlmOperation.builder()
                                .resource("/")
                                .addMethod("POST")
                                .model("gemini-2.5-flash")
                                .build())
                        .llmTokenQuota(Quota.of(2000, 5, QuotaTimeUnit.MINUTE))
                        .build())
                .build())
        .build();
  }

  @Test
  void create_sendsLlmOperationGroupAndLlmQuotaAsStrings() throws Exception {
    server.enqueue(ok(LLM_PRODUCT_JSON));
    ApiProduct created = MockApigee.client(server, time).apiProducts().create(llmProduct());
    RecordedRequest r = expect(server, "POST", "/v1/organizations/my-org/apiproducts");
    assertEquals(tree(LLM_PRODUCT_JSON), body(r));
    assertEquals(llmProduct().llmQuota(), created.llmQuota());
    assertEquals(llmProduct().llmOperationGroup(), created.llmOperationGroup());
  }

  @Test
  void llmOperationRules_failNamingTheField() {
    assertEquals(
        "model must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> LlmOperation.builder().resource("/").model(" ").build())
            .getMessage());
    assertEquals(
        "llmOperations must not be empty",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    LlmOperationConfig.builder()
                        .apiSource("p")
                        .llmTokenQuota(Quota.of(1, 1, QuotaTimeUnit.HOUR))
                        .build())
            .getMessage());
    assertEquals(
        "llmTokenQuota must not be null",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    LlmOperationConfig.builder()
                        .apiSource("p")
                        .addLlmOperation(LlmOperation.builder().resource("/").model("m").build())
                        .build())
            .getMessage());
  }

  @Test
  void list_followsStartKeyPagesWithoutDuplicates() throws Exception {
    StringBuilder page1 = new StringBuilder("{\"apiProduct\":[");
    for (int i = 0; i < 1000; i++) {
      page1.append(i == 0 ? "" : ",").append("{\"name\":\"p").append(i).append("\"}");
    }
    page1.append("]}");
    server.enqueue(ok(page1.toString()));
    server.enqueue(ok("{\"apiProduct\":[{\"name\":\"p999\"},{\"name\":\"last\"}]}"));
    List<ApiProduct> all = MockApigee.client(server, time).apiProducts().list();
    assertEquals(1001, all.size());
    assertEquals("last", all.get(1000).name());
    expect(server, "GET", "/v1/organizations/my-org/apiproducts?expand=true&count=1000");
    expect(
        server, "GET", "/v1/organizations/my-org/apiproducts?expand=true&count=1000&startKey=p999");
  }

  @Test
  void ensure_secondRunWithEqualProduct_makesNoWrite() throws Exception {
    server.enqueue(ok(GUIDE_PRODUCT_JSON));
    Ensured<ApiProduct> r = MockApigee.client(server, time).apiProducts().ensure(guideProduct());
    assertEquals(Ensured.Action.UNCHANGED, r.action());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void ensure_changedQuota_putsProductKeepingAdditionalProperties() throws Exception {
    server.enqueue(ok(GUIDE_PRODUCT_JSON.replace("}}]}}", "}}]},\"space\":\"team-a\"}")));
    server.enqueue(ok(GUIDE_PRODUCT_JSON));
    ApiProduct desired =
        guideProduct().toBuilder().quota(Quota.of(10, 1, QuotaTimeUnit.DAY)).build();
    Ensured<ApiProduct> r = MockApigee.client(server, time).apiProducts().ensure(desired);
    assertEquals(Ensured.Action.UPDATED, r.action());
    expect(server, "GET", "/v1/organizations/my-org/apiproducts/llm-product");
    RecordedRequest put = expect(server, "PUT", "/v1/organizations/my-org/apiproducts/llm-product");
    assertEquals("10", body(put).path("quota").asString());
    assertEquals("day", body(put).path("quotaTimeUnit").asString());
    assertEquals("team-a", body(put).path("space").asString());
  }

  @Test
  void ensure_absentProduct_createsIt() throws Exception {
    server.enqueue(error(404, "NOT_FOUND", "no product"));
    server.enqueue(ok(GUIDE_PRODUCT_JSON));
    assertEquals(
        Ensured.Action.CREATED,
        MockApigee.client(server, time).apiProducts().ensure(guideProduct()).action());
    expect(server, "GET", "/v1/organizations/my-org/apiproducts/llm-product");
    expect(server, "POST", "/v1/organizations/my-org/apiproducts");
  }

  @Test
  void quotaUnitsApigeeRejects_failNamingTimeUnit() {
    for (String unit : List.of("second", "week", "year", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Quota.parse("100", "1", unit));
      assertTrue(
          e.getMessage().startsWith("timeUnit must be one of minute, hour, day, month"),
          e.getMessage());
    }
    assertEquals(QuotaTimeUnit.MONTH, Quota.parse("1", "1", "Month").timeUnit());
  }

  @Test
  void badQuotaNumbersAndNames_failNamingTheField() {
    assertEquals(
        "limit must be > 0 but was 0",
        assertThrows(IllegalArgumentException.class, () -> Quota.of(0, 1, QuotaTimeUnit.MINUTE))
            .getMessage());
    assertEquals(
        "interval must be a positive integer but was 'one'",
        assertThrows(IllegalArgumentException.class, () -> Quota.parse("1", "one", "minute"))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ApiProduct.builder().name("llm/product").build())
            .getMessage()
            .startsWith("name may only contain"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> MockApigee.client(server, time).apiProducts().get("a#b"))
            .getMessage()
            .startsWith("apiProduct may only contain"));
    assertEquals(
        "approvalType must be 'auto' or 'manual' but was 'yes'",
        assertThrows(
                IllegalArgumentException.class,
                () -> ApiProduct.builder().name("p").approvalType("yes").build())
            .getMessage());
    assertEquals(
        "methods must hold upper-case HTTP methods but contained 'post'",
        assertThrows(
                IllegalArgumentException.class,
                () -> Operation.builder().resource("/v1").addMethod("post").build())
            .getMessage());
    assertEquals(
        "operationConfigs must not be empty",
        assertThrows(IllegalArgumentException.class, () -> OperationGroup.builder().build())
            .getMessage());
    assertEquals(0, server.getRequestCount());
  }
}
