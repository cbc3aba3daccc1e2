package dev.llmgateway.admin.apigee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmgateway.admin.apigee.bundle.TokenQuotaPreset;
import dev.llmgateway.admin.apigee.model.DeveloperStatus;
import dev.llmgateway.admin.apigee.model.Operation;
import dev.llmgateway.admin.apigee.model.OperationConfig;
import dev.llmgateway.admin.apigee.model.OperationGroup;
import dev.llmgateway.admin.apigee.model.Quota;
import dev.llmgateway.admin.apigee.model.QuotaTimeUnit;
import dev.llmgateway.admin.apigee.names.AppKeyName;
import dev.llmgateway.admin.apigee.names.DeveloperAppName;
import dev.llmgateway.admin.apigee.names.RevisionName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Drives every management API call the client makes and checks each recorded request against the
 * discovery document's method list ({@code ../shared/conformance/apigee/admin-endpoints.json}):
 * HTTP method, path pattern, query parameter names and JSON body fields (recursively).
 */
class DiscoveryConformanceTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();
  final List<RecordedRequest> requests = new ArrayList<>();

  /** One body every reader accepts; unknown fields are ignored or kept. */
  static final String UNIVERSAL =
      "{\"name\":\"llm-app\",\"email\":\"jane@example.com\",\"firstName\":\"J\","
          + "\"lastName\":\"D\",\"userName\":\"j\",\"consumerKey\":\"K1\",\"status\":\"approved\","
          + "\"revision\":\"1\",\"state\":\"READY\",\"apiProduct\":[{\"name\":\"p\"}]}";

  static Path endpointsFile() {
    String rel = "shared/conformance/apigee/admin-endpoints.json";
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    if (root != null && Files.isRegularFile(Paths.get(root).resolve("..").resolve(rel))) {
      return Paths.get(root).resolve("..").resolve(rel);
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(rel))) {
        return p.resolve(rel);
      }
    }
    return null;
  }

  private void driveEveryCall() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            synchronized (requests) {
              requests.add(request);
            }
            return MockApigee.ok(UNIVERSAL);
          }
        });
    ApigeeClient apigee = MockApigee.client(server, time);
    String email = "jane@example.com";
    apigee.developers().create(DevelopersTest.jane());
    apigee.developers().get(email);
    apigee.developers().list();
    apigee.developerApps().list(email);
    apigee.developers().update(DevelopersTest.jane());
    apigee.developers().setStatus(email, DeveloperStatus.ACTIVE);
    apigee.developers().delete(email);

    apigee.developerApps().create(email, DeveloperAppsTest.desired());
    apigee.developerApps().get(email, "llm-app");
    apigee.developerApps().update(email, DeveloperAppsTest.desired());
    apigee.developerApps().approve(email, "llm-app");
    apigee.developerApps().revoke(email, "llm-app");
    apigee.developerApps().delete(email, "llm-app");

    DeveloperAppName app = apigee.developerApps().name(email, "llm-app");
    AppKeyName key = AppKeyName.of(app, "K1");
    apigee.appKeys().create(app, "K1", "S1", Duration.ofHours(1));
    apigee.appKeys().get(key);
    apigee.appKeys().addApiProducts(key, List.of("llm-product"));
    apigee.appKeys().approve(key);
    apigee.appKeys().revoke(key);
    apigee.appKeys().approveApiProduct(key, "llm-product");
    apigee.appKeys().revokeApiProduct(key, "llm-product");
    apigee.appKeys().removeApiProduct(key, "llm-product");
    apigee.appKeys().delete(key);

    var product =
        ApiProductsTest.guideProduct().toBuilder()
            .quota(Quota.of(5, 1, QuotaTimeUnit.HOUR))
            .quotaCounterScope("PROXY")
            .operationGroup(
                OperationGroup.builder()
                    .addOperationConfig(
                        OperationConfig.builder()
                            .apiSource("gw")
                            .addOperation(Operation.builder().resource("/").build())
                            .quota(Quota.of(1, 1, QuotaTimeUnit.DAY))
                            .addAttribute(dev.llmgateway.admin.apigee.model.Attribute.of("a", "b"))
                            .build())
                    .build())
            .llmQuota(ApiProductsTest.llmProduct().llmQuota().orElseThrow())
            .llmOperationGroup(ApiProductsTest.llmProduct().llmOperationGroup().orElseThrow())
            .build();
    apigee.apiProducts().create(product);
    apigee.apiProducts().get("llm-product");
    apigee.apiProducts().list();
    apigee.apiProducts().update(product);
    apigee.apiProducts().delete("llm-product");

    apigee.apiProxies().importBundle(TokenQuotaPreset.bundle(), true);
    apigee.apiProxies().get("apigee-llm-inf-gw");
    apigee.apiProxies().delete("apigee-llm-inf-gw");
    apigee.deployments().listForProxy("apigee-llm-inf-gw");
    apigee.deployments().listInEnvironment("eval");
    RevisionName rev =
        RevisionName.parse("organizations/my-org/apis/apigee-llm-inf-gw/revisions/1");
    apigee.apiProxies().download(rev);
    apigee.deployments().deploy("eval", rev, true);
    apigee.deployments().get("eval", rev);
    apigee.deployments().undeploy("eval", rev);
  }

  @Test
  void everyRequest_matchesAMethodOfTheDiscoveryDocument() throws Exception {
    Path file = endpointsFile();
    assumeTrue(
        file != null,
        "../shared/conformance/apigee/admin-endpoints.json is absent; skipping the discovery check");
    JsonNode doc = MockApigee.JSON.readTree(Files.readString(file));
    driveEveryCall();
    TreeSet<String> used = new TreeSet<>();
    for (RecordedRequest r : requests) {
      used.add(match(doc, r));
    }
    assertEquals(38, requests.size());
    assertTrue(used.contains("apigee.organizations.apis.create"), used.toString());
    assertTrue(used.contains("apigee.organizations.developers.apps.keys.create"), used.toString());
    assertEquals(32, used.size(), "distinct discovery methods used: " + used);
  }

  private static String match(JsonNode doc, RecordedRequest r) {
    String path = r.getUrl().encodedPath().substring(1);
    List<String> reasons = new ArrayList<>();
    for (JsonNode m : doc.path("methods")) {
      String pattern = m.path("flatPath").asString().replaceAll("\\{[^}]+}", "[^/]+");
      if (!m.path("httpMethod").asString().equals(r.getMethod()) || !path.matches(pattern)) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      for (String q : r.getUrl().queryParameterNames()) {
        if (!m.path("queryParams").has(q)) {
          problems.add("query parameter " + q);
        }
      }
      String contentType = r.getHeaders().get("Content-Type");
      if (contentType != null && contentType.startsWith("application/json")) {
        String schema = m.path("request").asString("");
        if (schema.isEmpty()) {
          problems.add("a JSON body where none is expected");
        } else {
          checkFields(
              doc.path("schemaProperties"),
              schema,
              MockApigee.JSON.readTree(r.getBody().utf8()),
              "",
              problems);
        }
      }
      if (problems.isEmpty()) {
        return m.path("id").asString();
      }
      reasons.add(m.path("id").asString() + ": " + problems);
    }
    fail(r.getMethod() + " " + r.getTarget() + " matches no discovery method " + reasons);
    return "";
  }

  private static void checkFields(
      JsonNode schemas, String schema, JsonNode body, String at, List<String> problems) {
    JsonNode props = schemas.path(schema);
    if (!props.isObject() || !body.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      JsonNode prop = props.get(field.getKey());
      if (prop == null) {
        problems.add("body field " + at + field.getKey() + " not in " + schema);
        continue;
      }
      String ref = prop.path("$ref").asString("");
      String items = prop.path("items").asString("");
      if (!ref.isEmpty()) {
        checkFields(schemas, ref, field.getValue(), at + field.getKey() + ".", problems);
      } else if (!items.isEmpty() && schemas.has(items)) {
        for (JsonNode item : field.getValue()) {
          checkFields(schemas, items, item, at + field.getKey() + "[].", problems);
        }
      }
      if ("string".equals(prop.path("type").asString("")) && !field.getValue().isString()) {
        problems.add("body field " + at + field.getKey() + " must be a JSON string");
      }
    }
  }
}
