package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ManifestsTest {

  private static final Map<String, String> SAMPLE_VARS =
      Map.of(
          "$APIGEE_ENV", "apim-enabled-dep-env",
          "$APIGEE_REGION", "us-central1",
          "$PROJECT_ID", "my-project-id",
          "$NETWORK", "acp-dev",
          "$SUBNET", "acp-dev",
          "$APIGEE_BACKENDSERVICE_NAME", "apigee-llm-inf-gw",
          "$INFERENCE_GATEWAY_NAME", "inference-gateway",
          "$ira_online_gpu_kubernetes_namespace_name", "ira-online-gpu");

  private static JsonNode rendered(HasMetadata object) {
    List<JsonNode> docs = ConformanceFiles.documents(Manifests.toYaml(object));
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "apigee-backendservice.yaml, ApigeeBackendService",
    "gcp-traffic-extension.yaml, GCPTrafficExtension",
    "apigee-apiproduct.yaml, APIProduct",
    "apigee-apiproduct-ops.yaml, APIOperationSet",
    "gateway.upstream-v1.0.1.yaml, Gateway"
  })
  void guideObject_rendersLikeTheGuideManifest(String sample, String kind) throws Exception {
    Path dir = ConformanceFiles.directory();
    assumeTrue(dir != null, "../shared/conformance not found next to the repository: skipped");
    String text =
        Files.readString(
            dir.resolve("samples/llm-inference-gateway").resolve(sample), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> v : SAMPLE_VARS.entrySet()) {
      text = text.replace(v.getKey(), v.getValue());
    }
    JsonNode expected = ConformanceFiles.documents(text).get(0);
    HasMetadata ours =
        GuideResources.builder().build().objects().stream()
            .filter(o -> o.getKind().equals(kind))
            .findFirst()
            .orElseThrow();
    ObjectNode actual = (ObjectNode) rendered(ours);
    // The guide applies with "kubectl -n"; the SDK puts the namespace into metadata.
    assertEquals("ira-online-gpu", actual.at("/metadata/namespace").asString());
    ((ObjectNode) actual.get("metadata")).remove("namespace");
    assertEquals(expected, actual);
  }

  @Test
  void routeAndObjective_renderLikeUpstreamSamples() throws Exception {
    Path dir = ConformanceFiles.directory();
    assumeTrue(dir != null, "../shared/conformance not found next to the repository: skipped");
    Path samples = dir.resolve("samples/llm-inference-gateway");
    JsonNode route =
        ConformanceFiles.documents(
                Files.readString(samples.resolve("httproute.upstream-v1.0.1.yaml")))
            .get(0);
    assertEquals(
        route,
        rendered(
            InferenceGateways.routeToPool(
                "llm-route", null, "inference-gateway", "vllm-llama3-8b-instruct")));
    JsonNode objective =
        ConformanceFiles.documents(
                Files.readString(samples.resolve("inferenceobjective.upstream-v1.0.1.yaml")))
            .get(0);
    assertEquals(
        objective,
        rendered(
            InferenceObjective.builder()
                .name("food-review")
                .priority(1)
                .poolName("vllm-llama3-8b-instruct")
                .build()));
  }

  @Test
  void toYaml_unsetOptionalFields_areNotSerialized() {
    JsonNode objective =
        rendered(InferenceObjective.builder().name("o").poolName("p").poolKind(null, null).build());
    assertFalse(objective.path("spec").has("priority"));
    assertEquals("{\"name\":\"p\"}", objective.at("/spec/poolRef").toString());
    assertFalse(objective.has("status"));

    JsonNode pool =
        rendered(
            InferencePool.builder()
                .name("p")
                .targetPort(8000)
                .putSelectorLabel("app", "x")
                .endpointPicker("e", 9002)
                .build());
    assertEquals(
        "{\"name\":\"e\",\"port\":{\"number\":9002}}",
        pool.at("/spec/endpointPickerRef").toString());
    assertFalse(pool.path("metadata").has("namespace"));
    assertFalse(pool.path("metadata").has("labels"));
  }

  @Test
  void toYaml_list_isOneDocumentPerObjectInOrder() {
    List<HasMetadata> objects = GuideResources.builder().build().objects();
    String yaml = Manifests.toYaml(objects);
    assertTrue(yaml.startsWith("---\napiVersion: v1\nkind: ServiceAccount\n"), yaml);
    List<JsonNode> docs = ConformanceFiles.documents(yaml);
    assertEquals(25, docs.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(objects.get(i).getKind(), docs.get(i).path("kind").asString());
    }
  }

  @Test
  void toBuilder_everyCustomResourceOfTheGuide_rebuildsAnEqualManifest() {
    List<HasMetadata> objects = GuideResources.builder().build().objects();
    int rebuilt = 0;
    for (HasMetadata o : objects) {
      HasMetadata copy = rebuild(o);
      if (copy != null) {
        rebuilt++;
        assertEquals(Manifests.toYaml(o), Manifests.toYaml(copy), o.getKind());
      }
    }
    assertEquals(9, rebuilt);
  }

  @Test
  void extensionChainAndCheck_toBuilder_rebuildTheSameValues() {
    var ext =
        GuideResources.builder().build().objects().stream()
            .filter(dev.llmgateway.admin.k8s.gke.GcpTrafficExtension.class::isInstance)
            .map(dev.llmgateway.admin.k8s.gke.GcpTrafficExtension.class::cast)
            .findFirst()
            .orElseThrow();
    var chain = ext.getSpec().extensionChains().get(0);
    var extension = chain.extensions().get(0);
    var rebuilt =
        dev.llmgateway.admin.k8s.gke.GcpTrafficExtension.builder()
            .name(ext.getMetadata().getName())
            .namespace(ext.getMetadata().getNamespace())
            .targetGateway("inference-gateway")
            .addExtensionChain(
                dev.llmgateway.admin.k8s.gke.ExtensionChain.builder()
                    .name(chain.name())
                    .addCelMatcher(chain.celMatchers().get(0))
                    .addExtension(extension.toBuilder().build())
                    .build())
            .build();
    assertEquals(Manifests.toYaml(ext), Manifests.toYaml(rebuilt));
    assertEquals(Manifests.toYaml(ext), Manifests.toYaml(ext.toBuilder().build()));
    var check =
        dev.llmgateway.admin.k8s.gke.HealthCheck.builder(
                dev.llmgateway.admin.k8s.gke.HealthCheckType.GRPC)
            .grpcServiceName("svc")
            .portSpecification(dev.llmgateway.admin.k8s.gke.PortSpecification.USE_NAMED_PORT)
            .portName("grpc")
            .build();
    var copy = check.toBuilder().build();
    assertEquals(check.type(), copy.type());
    assertEquals("grpc", copy.portName());
    assertEquals("svc", copy.grpcServiceName());
  }

  private static HasMetadata rebuild(HasMetadata o) {
    if (o instanceof InferencePool p) {
      return p.toBuilder().build();
    } else if (o instanceof InferenceObjective p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.gke.GcpTrafficExtension p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.gke.GcpBackendPolicy p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.gke.HealthCheckPolicy p) {
      return p.toBuilder().build();
    } else if (o instanceof ApigeeBackendService p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.apim.ApiProduct p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.apim.ApiOperationSet p) {
      return p.toBuilder().build();
    } else if (o instanceof dev.llmgateway.admin.k8s.monitoring.PodMonitoring p) {
      return p.toBuilder().build();
    }
    return null;
  }

  @Test
  void readFromCluster_newerCrdFieldsAndTypes_stillParse() {
    KubernetesSerialization serialization = new KubernetesSerialization();
    var ext =
        serialization.unmarshal(
            "{\"apiVersion\":\"networking.gke.io/v1\",\"kind\":\"GCPTrafficExtension\","
                + "\"metadata\":{\"name\":\"e\"},\"spec\":{\"targetRefs\":[{\"group\":\"g\","
                + "\"kind\":\"Gateway\",\"name\":\"gw\",\"sectionName\":\"x\"}],"
                + "\"extensionChains\":[{\"name\":\"c\",\"matchCondition\":{\"celExpressions\":"
                + "[{\"celMatcher\":\"x\",\"backendRefs\":[{\"name\":\"s\"}]}]},"
                + "\"extensions\":[{\"name\":\"x\",\"newField\":1}]}],\"future\":true}}",
            dev.llmgateway.admin.k8s.gke.GcpTrafficExtension.class);
    assertEquals(List.of("x"), ext.getSpec().extensionChains().get(0).celMatchers());
    var policy =
        serialization.unmarshal(
            "{\"apiVersion\":\"networking.gke.io/v1\",\"kind\":\"HealthCheckPolicy\","
                + "\"metadata\":{\"name\":\"h\"},\"spec\":{\"targetRef\":{\"group\":\"\","
                + "\"kind\":\"Service\",\"name\":\"s\"},\"default\":{\"config\":"
                + "{\"type\":\"HTTP3\",\"http3HealthCheck\":{}}}}}",
            dev.llmgateway.admin.k8s.gke.HealthCheckPolicy.class);
    assertEquals(null, policy.getSpec().defaults().check());
  }

  @Test
  void apigeeResource_unknownSpecAndStatusFields_surviveRoundTrip() {
    String json =
        "{\"apiVersion\":\"apim.googleapis.com/v1\",\"kind\":\"ApigeeBackendService\","
            + "\"metadata\":{\"name\":\"abs\"},"
            + "\"spec\":{\"apigeeEnv\":\"env\",\"futureField\":{\"a\":1},"
            + "\"locations\":[{\"name\":\"us-central1\"}]},"
            + "\"status\":{\"state\":\"CREATED\",\"extra\":\"x\"}}";
    KubernetesSerialization serialization = new KubernetesSerialization();
    ApigeeBackendService abs = serialization.unmarshal(json, ApigeeBackendService.class);
    assertEquals("env", abs.getSpec().apigeeEnv());
    assertEquals(Map.of("a", 1), abs.getSpec().additionalProperties().get("futureField"));
    assertEquals("CREATED", abs.getStatus().field("state").orElseThrow());
    String back = serialization.asJson(abs);
    assertTrue(back.contains("\"futureField\":{\"a\":1}"), back);
    assertTrue(back.contains("\"extra\":\"x\""), back);
  }
}
