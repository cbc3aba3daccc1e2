package dev.llmgateway.emulator;

import static dev.llmgateway.emulator.RawCalls.fault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.admin.k8s.ApplyConflictException;
import dev.llmgateway.admin.k8s.GuideResources;
import dev.llmgateway.admin.k8s.KubernetesApplier;
import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gateway.InferenceGateways;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What is applied through the Kubernetes API configures the front door: routes count once attached
 * to a Programmed Gateway, Apigee joins the path with the traffic extension, the operator's default
 * security holds until an API product exists, and a route taken over by force routes elsewhere.
 */
class RoutingFromAppliedObjectsTest {
  static final String OTHER_MODEL = "meta-llama/Llama-3.1-8B-Instruct";

  @RegisterExtension
  static final GatewayEmulatorExtension EMULATOR =
      GatewayEmulatorExtension.using(
          () ->
              GatewayEmulator.builder()
                  .clusterSetup(ClusterSetup.EMPTY)
                  .addModel(
                      EmulatedModel.builder()
                          .name(RawCalls.MODEL)
                          .poolName(GuideResources.DEFAULT_MODEL_SERVER_LABEL)
                          .build())
                  .addModel(OTHER_MODEL));

  private static final List<HasMetadata> GUIDE = GuideResources.builder().build().objects();

  private static List<HasMetadata> only(Class<?>... kinds) {
    return GUIDE.stream().filter(o -> List.of(kinds).contains(o.getClass())).toList();
  }

  private static List<HasMetadata> without(Class<?>... kinds) {
    return GUIDE.stream().filter(o -> !List.of(kinds).contains(o.getClass())).toList();
  }

  private static HttpResponse<String> chat(GatewayEmulator emulator, String model) {
    return RawCalls.send(
        emulator,
        "POST",
        "/v1/chat/completions",
        null,
        RawCalls.chatBody("hi").replace(RawCalls.MODEL, model));
  }

  @Test
  void appliedObjects_configureRoutingAndApigee_stepByStep(
      GatewayEmulator emulator, KubernetesClient kube) {
    KubernetesApplier applier =
        KubernetesApplier.builder().client(kube).defaultTimeout(Duration.ofSeconds(20)).build();
    HttpResponse<String> nothing = chat(emulator, RawCalls.MODEL);
    assertEquals(404, nothing.statusCode());
    assertEquals(
        "response 404 (backend NotFound), service rules for the path non-existent", nothing.body());

    applier.apply(
        without(
            Gateway.class,
            ApigeeBackendService.class,
            GcpTrafficExtension.class,
            ApiProduct.class,
            ApiOperationSet.class));
    assertEquals(404, chat(emulator, RawCalls.MODEL).statusCode(), "route without its Gateway");

    applier.applyAndWait(only(Gateway.class));
    assertEquals(200, chat(emulator, RawCalls.MODEL).statusCode(), "route on a Programmed Gateway");

    applier.applyAndWait(only(ApigeeBackendService.class, GcpTrafficExtension.class));
    HttpResponse<String> secured = chat(emulator, RawCalls.MODEL);
    assertEquals(500, secured.statusCode());
    assertEquals(
        fault(
            "steps.raisefault.RaiseFault",
            "Raising fault. Fault name : RF-insufficient-request-raise-fault"),
        secured.body());

    applier.applyAndWait(only(ApiProduct.class, ApiOperationSet.class));
    HttpResponse<String> keyed = chat(emulator, RawCalls.MODEL);
    assertEquals(401, keyed.statusCode());
    assertTrue(keyed.body().contains("steps.oauth.v2.FailedToResolveAPIKey"), keyed.body());

    applier.delete(only(GcpTrafficExtension.class));
    assertEquals(200, chat(emulator, RawCalls.MODEL).statusCode(), "Apigee left the path");
  }

  @Test
  void routeChangedByAnotherManager_conflicts_thenForcedChangeRoutesToTheOtherPool(
      GatewayEmulator emulator, KubernetesClient kube) {
    String ns = GuideResources.DEFAULT_NAMESPACE;
    String otherPool = emulator.models().get(1).poolName();
    KubernetesApplier.builder()
        .client(kube)
        .build()
        .applyAndWait(
            List.of(
                pool(GuideResources.DEFAULT_MODEL_SERVER_LABEL, ns),
                InferenceGateways.gateway("team-gateway", ns),
                teamRoute(ns, GuideResources.DEFAULT_MODEL_SERVER_LABEL)));
    assertEquals(200, teamChat(emulator, RawCalls.MODEL).statusCode());
    List<HasMetadata> theirs = List.of(pool(otherPool, ns), teamRoute(ns, otherPool));
    KubernetesApplier team =
        KubernetesApplier.builder().client(kube).fieldManager("team-b").build();

    ApplyConflictException e = assertThrows(ApplyConflictException.class, () -> team.apply(theirs));
    assertTrue(
        e.conflicts().stream().anyMatch(c -> c.manager().equals(KubernetesApplier.FIELD_MANAGER)),
        e.getMessage());
    assertEquals(200, teamChat(emulator, RawCalls.MODEL).statusCode(), "the refused apply changed");

    KubernetesApplier.builder()
        .client(kube)
        .fieldManager("team-b")
        .forceConflicts(true)
        .build()
        .applyAndWait(theirs);
    HttpResponse<String> moved = teamChat(emulator, RawCalls.MODEL);
    assertEquals(404, moved.statusCode(), "the first model is not served by the other pool");
    assertTrue(moved.body().contains("does not exist"), moved.body());
    assertEquals(200, teamChat(emulator, OTHER_MODEL).statusCode());
  }

  /** An HTTPRoute on team-gateway for requests carrying {@code x-team: b}, to one pool. */
  private static HTTPRoute teamRoute(String namespace, String pool) {
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName("team-route")
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .addNewParentRef()
        .withName("team-gateway")
        .endParentRef()
        .addNewRule()
        .addNewMatch()
        .addNewHeader()
        .withName("x-team")
        .withValue("b")
        .endHeader()
        .endMatch()
        .addNewBackendRef()
        .withGroup(InferencePool.GROUP)
        .withKind("InferencePool")
        .withName(pool)
        .endBackendRef()
        .endRule()
        .endSpec()
        .build();
  }

  private static HttpResponse<String> teamChat(GatewayEmulator emulator, String model) {
    return RawCalls.send(
        emulator,
        "POST",
        "/v1/chat/completions",
        null,
        RawCalls.chatBody("hi").replace(RawCalls.MODEL, model),
        "x-team",
        "b");
  }

  private static InferencePool pool(String name, String namespace) {
    return InferencePool.builder()
        .name(name)
        .namespace(namespace)
        .targetPort(8000)
        .putSelectorLabel("app", name)
        .endpointPicker(name + "-epp", 9002)
        .build();
  }
}
