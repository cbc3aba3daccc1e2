package dev.llmgateway.admin.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.llmgateway.admin.apigee.ApigeeClient;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

/** What the stack owns, what it is given, and what it refuses. */
@EnableKubernetesMockClient(crud = true)
class StackLifecycleTest {

  KubernetesClient client;

  @Test
  void close_leavesGivenClientsOpenAndRejectsLaterCalls() {
    try (ApigeeClient apigee =
        ApigeeClient.builder()
            .organization("my-project-id")
            .baseUrl("http://127.0.0.1:9")
            .accessToken("t0ken-DO-NOT-PRINT")
            .build()) {
      InferenceGatewayStack stack =
          InferenceGatewayStack.builder().kubernetesClient(client).apigeeClient(apigee).build();
      stack.close();
      stack.close();

      assertEquals(0, client.pods().inNamespace("ns").list().getItems().size());
      IllegalStateException e = assertThrows(IllegalStateException.class, stack::plan);
      assertEquals("the stack is closed", e.getMessage());
      assertFalse(stack.toString().contains("t0ken"));
    }
  }

  @Test
  void build_apigeeClientOfAnotherOrganization_failsNamingBoth() {
    try (ApigeeClient apigee =
        ApigeeClient.builder()
            .organization("other-org")
            .baseUrl("http://127.0.0.1:9")
            .accessToken("t")
            .build()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> InferenceGatewayStack.builder().apigeeClient(apigee).build());
      assertEquals(
          "apigeeClient is for organization other-org but inputs.organization is my-project-id",
          e.getMessage());
    }
  }

  @Test
  void builder_badSettings_nameTheField() {
    InferenceGatewayStack.Builder b = InferenceGatewayStack.builder();
    assertEquals(
        "smokeTestTimeout must be positive but was PT0S",
        assertThrows(
                IllegalArgumentException.class,
                () -> b.smokeTestTimeout(java.time.Duration.ZERO, java.time.Duration.ofSeconds(1)))
            .getMessage());
    assertEquals(
        "gatewayUrl must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.gatewayUrl(" ")).getMessage());
  }
}
