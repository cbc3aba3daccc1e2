package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EndpointPickerSetTest {

  private static final String RELEASE = "vllm-l4-gemma-3-1b-it";
  private static final String NS = "ira-online-gpu";

  @Test
  void objects_matchHandRenderedChartExceptDocumentedHealthCheckCorrection() throws Exception {
    Path dir = ConformanceFiles.directory();
    assumeTrue(dir != null, "../shared/conformance not found next to the repository: skipped");
    String text =
        Files.readString(
            dir.resolve("helm/inferencepool-v1.0.1-gke-monitoring.rendered.yaml"),
            StandardCharsets.UTF_8);
    List<JsonNode> expected = ConformanceFiles.documents(text);
    // The documented correction: the chart omits portSpecification, which the newest CRD needs.
    for (JsonNode doc : expected) {
      if ("HealthCheckPolicy".equals(doc.path("kind").asString())) {
        ((ObjectNode) doc.at("/spec/default/config/httpHealthCheck"))
            .put("portSpecification", "USE_FIXED_PORT");
      }
    }

    String rendered =
        Manifests.toYaml(
            EndpointPickerSet.builder().releaseName(RELEASE).namespace(NS).build().objects());
    List<JsonNode> actual = ConformanceFiles.documents(rendered);

    assertEquals(18, expected.size());
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode e = expected.get(i);
      String label = i + ": " + e.path("kind").asString() + " " + e.at("/metadata/name").asString();
      assertEquals(e, actual.get(i), label);
    }
  }

  @Test
  void objects_helmInstallOrderOfKinds() {
    List<String> kinds =
        EndpointPickerSet.builder().releaseName(RELEASE).namespace(NS).build().objects().stream()
            .map(HasMetadata::getKind)
            .toList();
    assertEquals(
        List.of(
            "ServiceAccount",
            "ServiceAccount",
            "Secret",
            "ConfigMap",
            "ClusterRole",
            "ClusterRole",
            "ClusterRoleBinding",
            "ClusterRoleBinding",
            "Role",
            "Role",
            "RoleBinding",
            "RoleBinding",
            "Service",
            "Deployment",
            "GCPBackendPolicy",
            "HealthCheckPolicy",
            "InferencePool",
            "PodMonitoring"),
        kinds);
  }

  @Test
  void longReleaseAndNamespace_followChartTruncation() {
    String release = "a".repeat(45) + "-b";
    String namespace = "n".repeat(63);
    EndpointPickerSet set =
        EndpointPickerSet.builder().releaseName(release).namespace(namespace).build();

    assertEquals("a".repeat(40) + "-epp", set.endpointPickerName());
    ClusterRole rbac =
        set.objects().stream()
            .filter(ClusterRole.class::isInstance)
            .map(ClusterRole.class::cast)
            .filter(r -> !r.getMetadata().getLabels().isEmpty())
            .findFirst()
            .orElseThrow();
    String name = rbac.getMetadata().getName();
    assertEquals(82, name.length());
    // "<release40>-<ns40>-epp" is 85 characters; the chart's quote-then-trunc keeps 82 of them.
    assertEquals("a".repeat(40) + "-" + "n".repeat(40) + "-", name);
    assertEquals(release, set.inferencePool().getMetadata().getName());
  }

  @Test
  void monitoringDisabled_leavesOutMonitoringObjects_autopilotMovesCollector() {
    List<HasMetadata> plain =
        EndpointPickerSet.builder()
            .releaseName(RELEASE)
            .namespace(NS)
            .gkeMonitoring(false)
            .build()
            .objects();
    assertEquals(11, plain.size());
    assertTrue(plain.stream().noneMatch(o -> o.getKind().equals("PodMonitoring")));

    RoleBinding collector =
        EndpointPickerSet.builder()
            .releaseName(RELEASE)
            .namespace(NS)
            .autopilot(true)
            .build()
            .objects()
            .stream()
            .filter(RoleBinding.class::isInstance)
            .map(RoleBinding.class::cast)
            .findFirst()
            .orElseThrow();
    assertEquals("gke-gmp-system", collector.getSubjects().get(0).getNamespace());
    assertTrue(collector.getMetadata().getName().startsWith("gke-gmp-system:collector:"));
  }

  @Test
  void modelServerLabels_overrideDefaultAppLabel() {
    var pool =
        EndpointPickerSet.builder()
            .releaseName(RELEASE)
            .namespace(NS)
            .putModelServerLabel("model", "gemma")
            .targetPort(8080)
            .build()
            .inferencePool();
    assertEquals(java.util.Map.of("model", "gemma"), pool.getSpec().selector().matchLabels());
    assertEquals(8080, pool.getSpec().targetPorts().get(0).number());
    assertNotNull(pool.getSpec().endpointPickerRef().port());
  }
}
