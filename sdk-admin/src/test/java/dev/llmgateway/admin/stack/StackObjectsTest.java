package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.EndpointPickerSet;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stack's cluster objects and their YAML, from inputs alone. */
@EnableKubernetesMockClient
class StackObjectsTest {

  KubernetesMockServer server;
  KubernetesClient client;

  private InferenceGatewayStack stack(StackInputs.Builder inputs) {
    return InferenceGatewayStack.builder()
        .inputs(inputs.modelServerLabel("vllm-llama3-8b").build())
        .kubernetesClient(client)
        .build();
  }

  private static <T extends HasMetadata> T only(List<HasMetadata> objects, Class<T> type) {
    List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
    assertEquals(1, found.size(), type.getSimpleName());
    return found.get(0);
  }

  @Test
  void render_withTheLabelGiven_isTheGuidesObjectsLabelledAndContactsNoCluster() {
    try (InferenceGatewayStack stack = stack(StackInputs.builder().namespace("team-a"))) {
      String yaml = stack.render();
      List<HasMetadata> objects = stack.objects();

      assertEquals(25, objects.size());
      assertEquals(25, yaml.split("(?m)^---$").length - 1);
      assertTrue(yaml.startsWith("---\napiVersion: v1\nkind: ServiceAccount\n"), yaml);
      for (HasMetadata o : objects) {
        assertEquals("inference-gateway", o.getMetadata().getLabels().get("llmgateway.dev/stack"));
        assertEquals("team-a", o.getMetadata().getLabels().get("llmgateway.dev/stack-namespace"));
      }
      assertEquals("APIOperationSet", objects.get(24).getKind());
      assertEquals(0, server.getRequestCount());
    }
  }

  @Test
  void objects_productGatewayAndQuotaInputs_reachEveryObjectThatNamesThem() {
    try (InferenceGatewayStack stack =
        stack(
            StackInputs.builder()
                .productName("team-product")
                .gatewayClassName("gke-l7-rilb")
                .gatewayPort(8080)
                .quotaPerMinute(7))) {
      List<HasMetadata> objects = stack.objects();

      assertEquals("team-product", only(objects, ApiProduct.class).getMetadata().getName());
      ApiOperationSet set = only(objects, ApiOperationSet.class);
      assertEquals("team-product", set.getSpec().apiProductRefs().get(0).name());
      assertEquals(7, set.getSpec().quota().limit());
      Gateway gateway = only(objects, Gateway.class);
      assertEquals("gke-l7-rilb", gateway.getSpec().getGatewayClassName());
      assertEquals(8080, gateway.getSpec().getListeners().get(0).getPort());
      assertEquals(Map.of("app", "vllm-llama3-8b"), podSelector(objects));
    }
  }

  @Test
  void objects_replacedParts_takeThePlaceOfTheGuides() {
    EndpointPickerSet picker =
        EndpointPickerSet.builder()
            .releaseName("vllm-llama3-8b")
            .namespace("ira-online-gpu")
            .image("registry.example.com/epp:v1.0.1")
            .build();
    InferenceObjective objective =
        InferenceObjective.builder().name("chat").priority(5).poolName("vllm-llama3-8b").build();
    try (InferenceGatewayStack stack =
        stack(StackInputs.builder().endpointPicker(picker).objective(objective))) {
      List<HasMetadata> objects = stack.objects();

      assertEquals(25, objects.size());
      assertEquals(
          "registry.example.com/epp:v1.0.1",
          only(objects, Deployment.class)
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .get(0)
              .getImage());
      InferenceObjective placed = only(objects, InferenceObjective.class);
      assertEquals("chat", placed.getMetadata().getName());
      assertEquals("ira-online-gpu", placed.getMetadata().getNamespace());
      assertEquals(null, objective.getMetadata().getNamespace(), "the given object is unchanged");
      assertTrue(placed.getMetadata().getLabels().containsKey("llmgateway.dev/stack"));
    }
  }

  private static Map<String, String> podSelector(List<HasMetadata> objects) {
    return only(objects, dev.llmgateway.admin.k8s.inference.InferencePool.class)
        .getSpec()
        .selector()
        .matchLabels();
  }
}
