package dev.llmgateway.admin.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.gke.Extension;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The generated spec values: value semantics, tolerant reads and precise read errors. */
class SpecValuesTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Test
  void specs_readBackFromYaml_equalTheBuiltOnes() {
    int specs = 0;
    for (HasMetadata o : GuideResources.builder().build().objects()) {
      if (o instanceof CustomResource<?, ?> built) {
        CustomResource<?, ?> read = SERIALIZATION.unmarshal(Manifests.toYaml(o), built.getClass());
        assertNotSame(built.getSpec(), read.getSpec());
        assertEquals(built.getSpec(), read.getSpec(), o.getKind());
        assertEquals(built.getSpec().hashCode(), read.getSpec().hashCode(), o.getKind());
        specs++;
      }
    }
    assertEquals(9, specs);
  }

  @Test
  void read_wrongTypeInsideAList_errorPathNamesTheElementField() {
    String json =
        "{\"apiVersion\":\"inference.networking.k8s.io/v1\",\"kind\":\"InferencePool\","
            + "\"metadata\":{\"name\":\"p\"},\"spec\":{\"targetPorts\":[{\"number\":\"eighty\"}]}}";

    RuntimeException e =
        assertThrows(
            RuntimeException.class, () -> SERIALIZATION.unmarshal(json, InferencePool.class));

    JacksonException cause = (JacksonException) e.getCause();
    List<String> path =
        cause.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .toList();
    assertEquals(List.of("spec", "targetPorts", "[0]", "number"), path);
  }

  @Test
  void extensionToBuilder_manifestValuesUnknownToTheSdk_areKept() {
    GcpTrafficExtension ext =
        SERIALIZATION.unmarshal(
            "{\"apiVersion\":\"networking.gke.io/v1\",\"kind\":\"GCPTrafficExtension\","
                + "\"metadata\":{\"name\":\"e\"},\"spec\":{\"extensionChains\":[{\"name\":\"c\","
                + "\"extensions\":[{\"name\":\"x\",\"supportedEvents\":[\"RequestHeaders\","
                + "\"FutureEvent\"],\"requestBodySendMode\":\"FutureMode\"}]}]}}",
            GcpTrafficExtension.class);
    Extension read = ext.getSpec().extensionChains().get(0).extensions().get(0);

    Extension rebuilt = read.toBuilder().timeout("2s").build();

    assertEquals(List.of("RequestHeaders", "FutureEvent"), rebuilt.supportedEvents());
    assertEquals("FutureMode", rebuilt.requestBodySendMode());
    assertEquals(read, rebuilt.toBuilder().timeout(null).build());
    assertTrue(
        SERIALIZATION.asJson(rebuilt).contains("\"timeout\":\"2s\""),
        SERIALIZATION.asJson(rebuilt));
  }
}
