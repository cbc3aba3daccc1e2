package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.GcpBackendPolicy;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.gke.HealthCheckPolicy;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.monitoring.PodMonitoring;
import dev.llmgateway.client.internal.json.Json;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a fresh cluster of the guide already has: the CRDs GKE and the Apigee operator install (one
 * served version each, status subresource, schema open), the system namespaces, and the
 * model-server Pods, Running and Ready.
 */
final class InitialObjects {

  /** The kinds whose CRDs are installed at start. */
  static final List<Class<? extends HasMetadata>> CUSTOM_KINDS =
      List.of(
          InferencePool.class,
          InferenceObjective.class,
          Gateway.class,
          HTTPRoute.class,
          GcpTrafficExtension.class,
          GcpBackendPolicy.class,
          HealthCheckPolicy.class,
          ApigeeBackendService.class,
          ApiProduct.class,
          ApiOperationSet.class,
          PodMonitoring.class);

  private static final String MANAGER = Attachment.MANAGER;

  private InitialObjects() {}

  /** Short names of the upstream CRDs. */
  private static final Map<String, String> SHORT_NAMES =
      Map.of("gateways", "gtw", "inferencepools", "infpool");

  /** Returns the CRD of a custom resource class. */
  static ObjectNode crd(Class<? extends HasMetadata> type) {
    String group = HasMetadata.getGroup(type);
    String plural = HasMetadata.getPlural(type);
    String kind = HasMetadata.getKind(type);
    ObjectNode crd =
        object("apiextensions.k8s.io/v1", "CustomResourceDefinition", plural + "." + group);
    ObjectNode spec = crd.putObject("spec");
    spec.put("group", group).put("scope", "Namespaced");
    spec.putObject("names")
        .put("plural", plural)
        .put("singular", kind.toLowerCase(Locale.ROOT))
        .put("kind", kind)
        .put("listKind", kind + "List");
    String shortName = SHORT_NAMES.get(plural);
    if (shortName != null) {
      spec.withObjectProperty("names").putArray("shortNames").add(shortName);
    }
    ObjectNode version = spec.putArray("versions").addObject();
    version.put("name", HasMetadata.getVersion(type)).put("served", true).put("storage", true);
    version
        .putObject("schema")
        .putObject("openAPIV3Schema")
        .put("type", "object")
        .put("x-kubernetes-preserve-unknown-fields", true);
    version.putObject("subresources").putObject("status");
    return crd;
  }

  /** Creates the CRDs, the namespaces and the Pods. */
  static void create(
      KubeDispatcher d, List<String> namespaces, List<ModelServerPod> pods, String now) {
    ApiResource crds = ApiResources.CRDS;
    for (Class<? extends HasMetadata> type : CUSTOM_KINDS) {
      d.create(crds, crd(type), MANAGER);
    }
    for (String ns : namespaces) {
      if (d.get(ApiResources.NAMESPACES, null, ns) == null) {
        ObjectNode n = object("v1", "Namespace", ns);
        n.withObjectProperty("metadata").putObject("labels").put("kubernetes.io/metadata.name", ns);
        n.putObject("spec").putArray("finalizers").add("kubernetes");
        ObjectNode created = d.create(ApiResources.NAMESPACES, n, "kube-apiserver");
        ObjectNode status = Json.mapper().createObjectNode().put("phase", "Active");
        d.writeStatus(ApiResources.NAMESPACES, created, status, "kube-apiserver");
      }
    }
    ApiResource podResource = d.resources().resolve("", "v1", "pods").orElseThrow();
    for (ModelServerPod pod : pods) {
      ObjectNode created = d.create(podResource, pod(pod), MANAGER);
      d.writeStatus(podResource, created, podStatus(pod, now), "kubelet");
    }
  }

  private static ObjectNode pod(ModelServerPod pod) {
    ObjectNode o = object("v1", "Pod", pod.name());
    ObjectNode meta = o.withObjectProperty("metadata");
    meta.put("namespace", pod.namespace());
    ObjectNode labels = meta.putObject("labels");
    pod.labels().forEach(labels::put);
    ObjectNode container = o.putObject("spec").putArray("containers").addObject();
    container.put("name", "vllm").put("image", "llm-gateway-emulator/model-server:latest");
    container
        .putArray("ports")
        .addObject()
        .put("name", "http")
        .put("containerPort", pod.containerPort())
        .put("protocol", "TCP");
    return o;
  }

  private static ObjectNode podStatus(ModelServerPod pod, String now) {
    ObjectNode s = Json.mapper().createObjectNode();
    s.put("phase", "Running");
    ArrayNode conditions = s.putArray("conditions");
    for (String type : List.of("Initialized", "Ready", "ContainersReady", "PodScheduled")) {
      conditions.add(Conditions.pod(Json.mapper().missingNode(), type, now));
    }
    s.put("hostIP", "127.0.0.1").put("podIP", pod.podIp());
    s.putArray("podIPs").addObject().put("ip", pod.podIp());
    s.put("startTime", now);
    ObjectNode c = s.putArray("containerStatuses").addObject();
    c.put("name", "vllm").put("ready", true).put("started", true).put("restartCount", 0);
    c.put("image", "llm-gateway-emulator/model-server:latest").put("imageID", "");
    c.put("containerID", "emulator://" + pod.namespace() + "/" + pod.name());
    c.putObject("state").putObject("running").put("startedAt", now);
    s.put("qosClass", "BestEffort");
    return s;
  }

  private static ObjectNode object(String apiVersion, String kind, String name) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("apiVersion", apiVersion).put("kind", kind);
    o.putObject("metadata").put("name", name);
    return o;
  }

  /** Returns the namespaces every cluster has. */
  static List<String> systemNamespaces() {
    return List.of("default", "kube-system", "kube-public", "kube-node-lease");
  }
}
