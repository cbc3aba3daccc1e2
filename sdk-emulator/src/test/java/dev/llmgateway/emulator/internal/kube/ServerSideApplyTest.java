package dev.llmgateway.emulator.internal.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.ClusterOperationException;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Server-side apply on the wire: field managers, conflicts, force, removal, no-op applies. */
class ServerSideApplyTest {

  private static final String CMS = "/api/v1/namespaces/default/configmaps/";
  private static final MutableClock CLOCK = new MutableClock(TestClusters.START);
  private static KubeApi kube;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    kube = TestClusters.guideCluster(CLOCK).start();
    http = new RawHttp(kube.url());
  }

  @AfterAll
  static void stop() {
    kube.close();
  }

  private static String configMap(String name, String data) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\""
        + name
        + "\",\"namespace\":\"default\",\"labels\":{\"app\":\"demo\"}},\"data\":"
        + data
        + "}";
  }

  @Test
  void apply_absentObject_createsItWithTheManagersFields() {
    RawHttp.Response r =
        http.apply(CMS + "created", "alpha", false, configMap("created", "{\"k\":\"v\"}"));

    assertEquals(201, r.status(), r.body());
    JsonNode meta = r.json().path("metadata");
    assertEquals(CLOCK.instant().toString(), meta.path("creationTimestamp").asString());
    assertEquals(1, meta.path("managedFields").size());
    JsonNode entry = meta.path("managedFields").get(0);
    assertEquals("alpha", entry.path("manager").asString());
    assertEquals("Apply", entry.path("operation").asString());
    assertEquals("FieldsV1", entry.path("fieldsType").asString());
    assertEquals(
        "{\"f:metadata\":{\"f:labels\":{\"f:app\":{}}},\"f:data\":{\"f:k\":{}}}",
        entry.path("fieldsV1").toString());
  }

  @Test
  void apply_otherManagerChangesOwnedField_is409NamingManagerAndField() {
    assertEquals(
        201,
        http.apply(CMS + "owned", "alpha", false, configMap("owned", "{\"k\":\"v\"}")).status());

    RawHttp.Response r =
        http.apply(CMS + "owned", "beta", false, configMap("owned", "{\"k\":\"w\"}"));

    assertEquals(409, r.status());
    JsonNode status = r.json();
    assertEquals("Status", status.path("kind").asString());
    assertEquals("Failure", status.path("status").asString());
    assertEquals("Conflict", status.path("reason").asString());
    assertEquals(409, status.path("code").asInt());
    assertEquals(
        "Apply failed with 1 conflict: conflict with \"alpha\": .data.k",
        status.path("message").asString());
    JsonNode cause = status.path("details").path("causes").get(0);
    assertEquals("FieldManagerConflict", cause.path("reason").asString());
    assertEquals("conflict with \"alpha\"", cause.path("message").asString());
    assertEquals(".data.k", cause.path("field").asString());
    assertEquals("v", http.get(CMS + "owned").json().path("data").path("k").asString());
  }

  @Test
  void apply_force_movesTheFieldToTheApplier() {
    http.apply(CMS + "forced", "alpha", false, configMap("forced", "{\"k\":\"v\"}"));

    RawHttp.Response r =
        http.apply(CMS + "forced", "beta", true, configMap("forced", "{\"k\":\"w\"}"));

    assertEquals(200, r.status(), r.body());
    assertEquals("w", r.json().path("data").path("k").asString());
    for (JsonNode e : r.json().path("metadata").path("managedFields")) {
      boolean ownsKey = e.path("fieldsV1").path("f:data").has("f:k");
      assertEquals("beta".equals(e.path("manager").asString()), ownsKey, e.toString());
    }
  }

  @Test
  void apply_sameValueFromTwoManagers_sharesOwnershipWithoutConflict() {
    http.apply(CMS + "shared", "alpha", false, configMap("shared", "{\"k\":\"v\"}"));

    RawHttp.Response r =
        http.apply(CMS + "shared", "beta", false, configMap("shared", "{\"k\":\"v\"}"));

    assertEquals(200, r.status(), r.body());
    assertEquals(2, r.json().path("metadata").path("managedFields").size());
  }

  @Test
  void apply_fieldNoLongerApplied_isRemovedUnlessAnotherManagerOwnsIt() {
    http.apply(CMS + "dropped", "alpha", false, configMap("dropped", "{\"a\":\"1\",\"b\":\"2\"}"));
    http.apply(CMS + "dropped", "beta", false, configMap("dropped", "{\"b\":\"2\"}"));

    RawHttp.Response emptied =
        http.apply(CMS + "dropped", "alpha", false, configMap("dropped", "{}"));
    http.apply(CMS + "dropped", "alpha", false, configMap("dropped", "{\"a\":\"1\"}"));
    String withoutData =
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"dropped\"}}";
    RawHttp.Response r = http.apply(CMS + "dropped", "alpha", false, withoutData);

    assertEquals(200, emptied.status(), emptied.body());
    assertEquals("{\"b\":\"2\"}", emptied.json().path("data").toString());
    assertEquals(200, r.status(), r.body());
    assertEquals("{\"b\":\"2\"}", r.json().path("data").toString());
    JsonNode managers = r.json().path("metadata").path("managedFields");
    assertEquals(1, managers.size(), "alpha owns nothing any more");
    assertEquals("beta", managers.get(0).path("manager").asString());
    assertEquals("demo", r.json().at("/metadata/labels/app").asString(), "co-owned by beta");
  }

  @Test
  void apply_sameConfigAgainLater_changesNothing() {
    String body = configMap("again", "{\"k\":\"v\"}");
    JsonNode first = http.apply(CMS + "again", "alpha", false, body).json();
    CLOCK.advance(Duration.ofMinutes(5));

    RawHttp.Response r = http.apply(CMS + "again", "alpha", false, body);

    assertEquals(200, r.status());
    assertEquals(first.path("metadata"), r.json().path("metadata"));
  }

  @Test
  void apply_withoutFieldManager_is422NamingTheOption() {
    RawHttp.Response r =
        http.send(
            "PATCH",
            CMS + "nomanager",
            "application/apply-patch+yaml",
            configMap("nomanager", "{}"));

    assertEquals(422, r.status());
    assertEquals(
        "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for"
            + " apply patch",
        r.json().path("message").asString());
    assertEquals("fieldManager", r.json().at("/details/causes/0/field").asString());
  }

  @Test
  void mergePatch_withForce_is422AndWithoutItRecordsAnUpdateManager() {
    http.apply(CMS + "merged", "alpha", false, configMap("merged", "{\"k\":\"v\"}"));
    String patch = "{\"data\":{\"other\":\"x\"}}";

    RawHttp.Response forced =
        http.send("PATCH", CMS + "merged?force=true", "application/merge-patch+json", patch);
    RawHttp.Response r =
        http.send(
            "PATCH", CMS + "merged?fieldManager=editor", "application/merge-patch+json", patch);

    assertEquals(422, forced.status());
    assertEquals(200, r.status(), r.body());
    JsonNode fields = r.json().path("metadata").path("managedFields");
    assertEquals("editor", fields.get(1).path("manager").asString());
    assertEquals("Update", fields.get(1).path("operation").asString());
    assertEquals("{\"f:data\":{\"f:other\":{}}}", fields.get(1).path("fieldsV1").toString());
  }

  @Test
  void jsonPatch_appliesOperationsAndFailedTestIs422() {
    http.apply(CMS + "patched", "alpha", false, configMap("patched", "{\"k\":\"v\"}"));

    RawHttp.Response ok =
        http.send(
            "PATCH",
            CMS + "patched",
            "application/json-patch+json",
            "[{\"op\":\"replace\",\"path\":\"/data/k\",\"value\":\"w\"}]");
    RawHttp.Response failed =
        http.send(
            "PATCH",
            CMS + "patched",
            "application/json-patch+json",
            "[{\"op\":\"test\",\"path\":\"/data/k\",\"value\":\"nope\"}]");

    assertEquals(200, ok.status(), ok.body());
    assertEquals("w", ok.json().path("data").path("k").asString());
    assertEquals(422, failed.status(), failed.body());
  }

  @Test
  void put_staleResourceVersion_is409Conflict() {
    JsonNode created = http.apply(CMS + "stale", "alpha", false, configMap("stale", "{}")).json();
    String old = created.path("metadata").path("resourceVersion").asString();
    http.apply(CMS + "stale", "alpha", false, configMap("stale", "{\"k\":\"new\"}"));
    String body =
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"stale\","
            + "\"namespace\":\"default\",\"resourceVersion\":\""
            + old
            + "\"},\"data\":{}}";

    RawHttp.Response r = http.send("PUT", CMS + "stale", "application/json", body);

    assertEquals(409, r.status());
    assertEquals("Conflict", r.json().path("reason").asString());
    assertTrue(r.json().path("message").asString().contains("the object has been modified"));
  }

  @Test
  void statusWrites_changeOnlyStatus_andSpecChangesBumpGeneration() {
    String path = "/apis/inference.networking.k8s.io/v1/namespaces/ira-online-gpu/inferencepools/p";
    String pool = pool(8000, "\"status\":{\"ignored\":true},");
    JsonNode created = http.apply(path, "alpha", false, pool).json();
    assertFalse(created.has("status"), "status of a main-resource write must be dropped");

    RawHttp.Response status =
        http.send(
            "PATCH",
            path + "/status",
            "application/merge-patch+json",
            "{\"status\":{\"seen\":\"yes\"},\"spec\":{\"targetPorts\":[{\"number\":1}]}}");
    JsonNode afterStatus = status.json();
    JsonNode afterSpec = http.apply(path, "alpha", false, pool(8001, "")).json();

    assertEquals(200, status.status(), status.body());
    assertEquals("yes", afterStatus.path("status").path("seen").asString());
    assertEquals(8000, afterStatus.at("/spec/targetPorts/0/number").asInt());
    assertEquals(1, afterStatus.path("metadata").path("generation").asInt());
    assertEquals(2, afterSpec.path("metadata").path("generation").asInt());
    assertEquals("yes", afterSpec.path("status").path("seen").asString());
    assertTrue(
        afterSpec.path("metadata").path("resourceVersion").asLong()
            > afterStatus.path("metadata").path("resourceVersion").asLong());
  }

  private static String pool(int port, String extra) {
    return "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
        + extra
        + "\"metadata\":{\"name\":\"p\",\"namespace\":\"ira-online-gpu\"},\"spec\":{"
        + "\"targetPorts\":[{\"number\":"
        + port
        + "}],\"selector\":{\"matchLabels\":{\"app\":\"x\"}},"
        + "\"endpointPickerRef\":{\"name\":\"p-epp\",\"port\":{\"number\":9002}}}}";
  }

  @Test
  void dryRun_answersTheResultButStoresNothing() {
    RawHttp.Response r =
        http.send(
            "PATCH",
            CMS + "dry?fieldManager=alpha&dryRun=All",
            "application/apply-patch+yaml",
            configMap("dry", "{\"k\":\"v\"}"));

    assertEquals(201, r.status(), r.body());
    assertEquals("v", r.json().path("data").path("k").asString());
    assertEquals(404, http.get(CMS + "dry").status());
  }

  @Test
  void fabric8StatusUpdate_putsOnlyTheStatus() {
    InferencePool pool =
        KubernetesApplier.builder()
            .client(kube.client())
            .build()
            .apply(
                InferencePool.builder()
                    .name("status-pool")
                    .namespace(TestClusters.NAMESPACE)
                    .targetPort(8000)
                    .putSelectorLabel("app", "x")
                    .endpointPicker("epp", 9002)
                    .build());
    pool.setStatus(ResourceStatus.builder().putField("note", "set by a controller").build());
    pool.setSpec(pool.toBuilder().targetPort(9999).build().getSpec());

    InferencePool updated = kube.client().resource(pool).updateStatus();

    assertEquals("set by a controller", updated.getStatus().field("note").orElseThrow());
    assertEquals(8000, updated.getSpec().targetPorts().get(0).number());
    assertEquals(1L, updated.getMetadata().getGeneration());
  }

  @Test
  void applier_conflictFailsThenForceConflictsTakesTheField() {
    InferencePool pool =
        InferencePool.builder()
            .name("shared-pool")
            .namespace(TestClusters.NAMESPACE)
            .targetPort(8000)
            .putSelectorLabel("app", TestClusters.LABEL)
            .endpointPicker("shared-pool-epp", 9002)
            .build();
    KubernetesApplier.builder().client(kube.client()).fieldManager("team-a").build().apply(pool);
    InferencePool moved = pool.toBuilder().targetPort(8001).build();

    ClusterOperationException e =
        assertThrows(
            ClusterOperationException.class,
            () ->
                KubernetesApplier.builder()
                    .client(kube.client())
                    .fieldManager("team-b")
                    .build()
                    .apply(moved));
    InferencePool forced =
        KubernetesApplier.builder()
            .client(kube.client())
            .fieldManager("team-b")
            .forceConflicts(true)
            .build()
            .apply(moved);

    assertEquals(409, ((KubernetesClientException) e.getCause()).getCode());
    assertTrue(e.getMessage().contains("team-a"), e.getMessage());
    assertTrue(e.getMessage().contains(".spec.targetPorts"), e.getMessage());
    assertEquals(8001, forced.getSpec().targetPorts().get(0).number());
  }
}
