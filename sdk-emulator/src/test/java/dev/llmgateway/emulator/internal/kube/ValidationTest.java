package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.ClusterOperationException;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the CRDs would reject is answered 422 naming the field; malformed bodies 400. */
class ValidationTest {

  private static final String NS = "/namespaces/" + TestClusters.NAMESPACE;
  private static final String POOLS =
      "/apis/inference.networking.k8s.io/v1" + NS + "/inferencepools/";
  private static KubeApi kube;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    kube = TestClusters.guideCluster().start();
    http = new RawHttp(kube.url());
  }

  @AfterAll
  static void stop() {
    kube.close();
  }

  static String pool(String name, String targetPorts) {
    return "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
        + "\"metadata\":{\"name\":\""
        + name
        + "\"},\"spec\":{\"targetPorts\":"
        + targetPorts
        + ",\"selector\":{\"matchLabels\":{\"app\":\"x\"}},"
        + "\"endpointPickerRef\":{\"name\":\"epp\",\"port\":{\"number\":9002}}}}";
  }

  private static JsonNode invalid(String path, String body, String field) {
    RawHttp.Response r = http.apply(path, "t", false, body);
    assertEquals(422, r.status(), r.body());
    JsonNode status = r.json();
    assertEquals("Invalid", status.path("reason").asString());
    assertEquals(field, status.at("/details/causes/0/field").asString(), r.body());
    assertTrue(status.path("message").asString().contains(field), r.body());
    assertEquals(404, http.get(path).status(), "an invalid object was stored");
    return status;
  }

  @Test
  void inferencePool_portOutOfRange_is422NamingTheField() {
    JsonNode status =
        invalid(POOLS + "p0", pool("p0", "[{\"number\":0}]"), "spec.targetPorts[0].number");

    assertEquals(
        "InferencePool.inference.networking.k8s.io \"p0\" is invalid: spec.targetPorts[0].number:"
            + " Invalid value: must be between 1 and 65535 but was 0",
        status.path("message").asString());
    assertEquals("InferencePool", status.at("/details/kind").asString());
    assertEquals("inference.networking.k8s.io", status.at("/details/group").asString());
    assertEquals("FieldValueInvalid", status.at("/details/causes/0/reason").asString());
  }

  @Test
  void inferencePool_wrongType_is422NamingTheField() {
    invalid(POOLS + "p1", pool("p1", "[{\"number\":\"eighty\"}]"), "spec.targetPorts[0].number");
  }

  @Test
  void apigeeBackendService_missingEnvironment_is422RequiredValue() {
    String body =
        "{\"apiVersion\":\"apim.googleapis.com/v1\",\"kind\":\"ApigeeBackendService\","
            + "\"metadata\":{\"name\":\"abs\"},\"spec\":{\"locations\":[{\"name\":\"us-central1\","
            + "\"network\":\"projects/p/global/networks/n\","
            + "\"subnetwork\":\"projects/p/regions/us-central1/subnetworks/s\"}]}}";
    JsonNode status =
        invalid(
            "/apis/apim.googleapis.com/v1" + NS + "/apigeebackendservices/abs",
            body,
            "spec.apigeeEnv");

    assertEquals("FieldValueRequired", status.at("/details/causes/0/reason").asString());
  }

  @Test
  void gateway_withoutListeners_is422() {
    String body =
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"Gateway\","
            + "\"metadata\":{\"name\":\"gw\"},\"spec\":{\"gatewayClassName\":\"c\",\"listeners\":[]}}";
    invalid("/apis/gateway.networking.k8s.io/v1" + NS + "/gateways/gw", body, "spec.listeners");
  }

  @Test
  void route_backendWithoutName_is422() {
    String body =
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"HTTPRoute\","
            + "\"metadata\":{\"name\":\"r\"},\"spec\":{\"rules\":[{\"backendRefs\":[{\"port\":80}]}]}}";
    invalid(
        "/apis/gateway.networking.k8s.io/v1" + NS + "/httproutes/r",
        body,
        "spec.rules[0].backendRefs[0].name");
  }

  @Test
  void configMap_badNameOrLabel_is422() {
    invalid(
        "/api/v1" + NS + "/configmaps/Bad_Name",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"Bad_Name\"}}",
        "metadata.name");
    invalid(
        "/api/v1" + NS + "/configmaps/labelled",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"labelled\","
            + "\"labels\":{\"app\":\"not valid!\"}}}",
        "metadata.labels.app");
  }

  @Test
  void applier_objectTheBuilderNeverChecked_failsNamingTheField() {
    InferencePool pool =
        InferencePool.builder()
            .name("fine")
            .namespace(TestClusters.NAMESPACE)
            .targetPort(8000)
            .putSelectorLabel("app", "x")
            .endpointPicker("epp", 9002)
            .build();
    pool.getMetadata().setName("Not.Valid_");
    KubernetesApplier applier = KubernetesApplier.builder().client(kube.client()).build();

    ClusterOperationException e =
        assertThrows(ClusterOperationException.class, () -> applier.apply(pool));

    assertTrue(e.getMessage().contains("is invalid: metadata.name"), e.getMessage());
  }

  @Test
  void malformedBodies_are400() {
    RawHttp.Response json =
        http.send("POST", "/api/v1" + NS + "/configmaps", "application/json", "{\"kind\":");
    RawHttp.Response yaml = http.apply(POOLS + "y", "t", false, "kind: [unclosed");
    RawHttp.Response array = http.apply(POOLS + "a", "t", false, "[1,2]");
    RawHttp.Response empty =
        http.send("POST", "/api/v1" + NS + "/configmaps", "application/json", "");

    for (RawHttp.Response r : new RawHttp.Response[] {json, yaml, array, empty}) {
      assertEquals(400, r.status(), r.body());
      assertEquals("BadRequest", r.json().path("reason").asString());
    }
  }

  @Test
  void unknownResourcesAndSubresources_are404() {
    RawHttp.Response kind = http.get("/apis/example.com/v1" + NS + "/widgets");
    RawHttp.Response version =
        http.get("/apis/inference.networking.k8s.io/v9" + NS + "/inferencepools");
    RawHttp.Response sub = http.get("/apis/apps/v1" + NS + "/deployments/x/scale");
    RawHttp.Response other = http.get("/healthz/nothing");

    for (RawHttp.Response r : new RawHttp.Response[] {kind, version, sub, other}) {
      assertEquals(404, r.status(), r.body());
      assertEquals(
          "the server could not find the requested resource", r.json().path("message").asString());
    }
  }

  @Test
  void missingNamespaceWrongKindAndMediaTypes_getTheirStatus() {
    RawHttp.Response namespace =
        http.apply(
            "/api/v1/namespaces/nowhere/configmaps/c",
            "t",
            false,
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"}}");
    RawHttp.Response kind =
        http.apply(
            POOLS + "k",
            "t",
            false,
            "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"k\"}}");
    RawHttp.Response protobuf =
        http.send(
            "POST", "/api/v1" + NS + "/configmaps", "application/vnd.kubernetes.protobuf", "k8s");
    RawHttp.Response patchType = http.send("PATCH", POOLS + "p", "text/plain", "x");
    RawHttp.Response method =
        http.send("PUT", POOLS.substring(0, POOLS.length() - 1), "application/json", "{}");

    assertEquals(404, namespace.status());
    assertEquals("namespaces \"nowhere\" not found", namespace.json().path("message").asString());
    assertEquals(400, kind.status());
    assertEquals(415, protobuf.status());
    assertEquals(415, patchType.status());
    assertEquals(405, method.status());
  }

  @Test
  void oversizedBody_is413() {
    String big = "{\"data\":\"" + "x".repeat(KubeApi.MAX_BODY_BYTES) + "\"}";

    RawHttp.Response r = http.send("POST", "/api/v1" + NS + "/configmaps", "application/json", big);

    assertEquals(413, r.status());
    assertEquals("RequestEntityTooLarge", r.json().path("reason").asString());
  }
}
