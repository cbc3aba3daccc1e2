package dev.llmgateway.admin.k8s.gateway;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Factories for the Gateway and HTTPRoute of the guide, as Fabric8 Gateway API objects that can be
 * changed further with their own builders ({@code new GatewayBuilder(gateway)}).
 *
 * <pre>{@code
 * Gateway gateway = InferenceGateways.gateway("inference-gateway", "ira-online-gpu");
 * HTTPRoute route = InferenceGateways.routeToPool(
 *     "llm-route", "ira-online-gpu", "inference-gateway", "vllm-l4-gemma-3-1b-it");
 * }</pre>
 */
public final class InferenceGateways {

  /** The GatewayClass of a regional external Application Load Balancer, {@value}. */
  public static final String REGIONAL_EXTERNAL_CLASS = "gke-l7-regional-external-managed";

  /** The Gateway API group, {@value}. */
  public static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  private static final Pattern SECTION_NAME =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  private InferenceGateways() {}

  /**
   * Returns a Gateway of class {@value #REGIONAL_EXTERNAL_CLASS} with one HTTP listener named
   * {@code http} on port 80.
   *
   * @param name the Gateway name
   * @param namespace the namespace, or null for the client's namespace
   * @return the Gateway
   * @throws IllegalArgumentException when a name is invalid
   */
  public static Gateway gateway(String name, @Nullable String namespace) {
    return gateway(name, namespace, REGIONAL_EXTERNAL_CLASS, "http", 80);
  }

  /**
   * Returns a Gateway with one HTTP listener.
   *
   * @param name the Gateway name
   * @param namespace the namespace, or null for the client's namespace
   * @param gatewayClassName the GatewayClass
   * @param listenerName the listener name
   * @param port the listener port
   * @return the Gateway
   * @throws IllegalArgumentException when a field is invalid, naming the field
   */
  public static Gateway gateway(
      String name,
      @Nullable String namespace,
      String gatewayClassName,
      String listenerName,
      int port) {
    KubeRules.objectName(name, "metadata.name");
    KubeRules.optionalNamespace(namespace, "metadata.namespace");
    Checks.maxLength(
        Checks.notBlank(gatewayClassName, "spec.gatewayClassName"), 253, "spec.gatewayClassName");
    Checks.maxLength(
        Checks.notBlank(listenerName, "spec.listeners[0].name"), 253, "spec.listeners[0].name");
    Checks.find(listenerName, SECTION_NAME, "spec.listeners[0].name");
    KubeRules.port(port, "spec.listeners[0].port");
    return new GatewayBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .withGatewayClassName(gatewayClassName)
        .addNewListener()
        .withName(listenerName)
        .withPort(port)
        .withProtocol("HTTP")
        .endListener()
        .endSpec()
        .build();
  }

  /**
   * Returns an HTTPRoute attached to a Gateway that sends every path ({@code PathPrefix /}) to an
   * InferencePool.
   *
   * @param name the route name
   * @param namespace the namespace, or null for the client's namespace
   * @param gatewayName the parent Gateway (same namespace)
   * @param poolName the InferencePool (same namespace)
   * @return the route
   * @throws IllegalArgumentException when a name is invalid
   */
  public static HTTPRoute routeToPool(
      String name, @Nullable String namespace, String gatewayName, String poolName) {
    KubeRules.objectName(name, "metadata.name");
    KubeRules.optionalNamespace(namespace, "metadata.namespace");
    KubeRules.refName(gatewayName, "spec.parentRefs[0].name");
    KubeRules.refName(poolName, "spec.rules[0].backendRefs[0].name");
    return new HTTPRouteBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .endMetadata()
        .withNewSpec()
        .addNewParentRef()
        .withGroup(GATEWAY_GROUP)
        .withKind("Gateway")
        .withName(gatewayName)
        .endParentRef()
        .addNewRule()
        .addNewBackendRef()
        .withGroup(InferencePool.GROUP)
        .withKind("InferencePool")
        .withName(poolName)
        .endBackendRef()
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue("/")
        .endPath()
        .endMatch()
        .endRule()
        .endSpec()
        .build();
  }
}
