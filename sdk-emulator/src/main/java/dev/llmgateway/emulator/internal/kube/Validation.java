package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.admin.k8s.apim.ApiOperationSet;
import dev.llmgateway.admin.k8s.apim.ApiProduct;
import dev.llmgateway.admin.k8s.apim.ApigeeBackendService;
import dev.llmgateway.admin.k8s.gke.GcpBackendPolicy;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import dev.llmgateway.admin.k8s.gke.HealthCheckPolicy;
import dev.llmgateway.admin.k8s.inference.InferenceObjective;
import dev.llmgateway.admin.k8s.inference.InferencePool;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.admin.k8s.internal.Serialization;
import dev.llmgateway.admin.k8s.monitoring.PodMonitoring;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rejects, with a 422 Invalid status naming the field, what the CRDs would reject. The SDK's own
 * custom resources are checked by converting the object to its sdk-admin class and rebuilding it
 * with its builder ({@code toBuilder().build()}), so the rules live in one place; Gateway and
 * HTTPRoute get the required-field checks of their CRDs; every object gets the metadata checks
 * (name, labels).
 */
final class Validation {

  private static final Pattern FIELD_FIRST =
      Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]-]*) (.*)$", Pattern.DOTALL);

  private final Map<String, Consumer<ObjectNode>> rules = new HashMap<>();

  Validation() {
    rebuilt(InferencePool.class, o -> o.toBuilder().build());
    rebuilt(InferenceObjective.class, o -> o.toBuilder().build());
    rebuilt(ApigeeBackendService.class, o -> o.toBuilder().build());
    rebuilt(ApiProduct.class, o -> o.toBuilder().build());
    rebuilt(ApiOperationSet.class, o -> o.toBuilder().build());
    rebuilt(GcpTrafficExtension.class, o -> o.toBuilder().build());
    rebuilt(GcpBackendPolicy.class, o -> o.toBuilder().build());
    rebuilt(HealthCheckPolicy.class, o -> o.toBuilder().build());
    rebuilt(PodMonitoring.class, o -> o.toBuilder().build());
    rebuilt(Gateway.class, GatewayRules::gateway);
    rebuilt(HTTPRoute.class, GatewayRules::route);
  }

  private <T extends HasMetadata> void rebuilt(Class<T> type, Consumer<T> check) {
    rules.put(
        HasMetadata.getApiVersion(type) + "/" + HasMetadata.getKind(type),
        object -> check.accept(convert(object, type)));
  }

  /**
   * Validates an object about to be stored.
   *
   * @param r the resource
   * @param object the object
   * @throws KubeException 422 naming the first invalid field
   */
  void validate(ApiResource r, ObjectNode object) {
    String name = object.path("metadata").path("name").asString("");
    try {
      metadata(r, object.path("metadata"));
      Consumer<ObjectNode> rule = rules.get(r.apiVersion() + "/" + r.kind());
      if (rule != null) {
        if (!object.path("spec").isObject()) {
          throw new IllegalArgumentException("spec must not be null");
        }
        rule.accept(object);
      }
    } catch (IllegalArgumentException e) {
      throw invalid(r, name, e.getMessage());
    } catch (NullPointerException e) {
      throw KubeException.invalid(r.qualifiedKind(), r.group(), name, "spec", true, "incomplete");
    }
  }

  private static void metadata(ApiResource r, JsonNode meta) {
    String name = meta.path("name").isString() ? meta.path("name").stringValue() : null;
    if (ApiResources.NAMESPACES.equals(r) || "Service".equals(r.kind())) {
      KubeRules.namespace(name, "metadata.name");
    } else if ("rbac.authorization.k8s.io".equals(r.group())) {
      pathSegment(name);
    } else {
      KubeRules.objectName(name, "metadata.name");
    }
    for (String field : new String[] {"labels", "annotations"}) {
      JsonNode map = meta.path(field);
      if (map.isMissingNode() || map.isNull()) {
        continue;
      }
      if (!map.isObject()) {
        throw new IllegalArgumentException("metadata." + field + " must be a map of strings");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        if (!e.getValue().isString()) {
          throw new IllegalArgumentException(
              "metadata." + field + "." + e.getKey() + " must be a string");
        }
        values.put(e.getKey(), e.getValue().stringValue());
      }
      if ("labels".equals(field)) {
        KubeRules.labels(values, "metadata.labels");
      }
    }
  }

  /** RBAC objects only need a name that is a valid path segment. */
  private static void pathSegment(@Nullable String name) {
    Checks.notBlank(name, "metadata.name");
    if (".".equals(name) || "..".equals(name) || name.contains("/") || name.contains("%")) {
      throw new IllegalArgumentException(
          "metadata.name may not be '.' or '..' and may not contain '/' or '%'");
    }
  }

  private static <T> T convert(ObjectNode object, Class<T> type) {
    try {
      return Serialization.KUBERNETES.convertValue(object, type);
    } catch (RuntimeException e) {
      JacksonException cause = jacksonCause(e);
      StringBuilder field = new StringBuilder();
      for (JacksonException.Reference ref :
          cause == null ? List.<JacksonException.Reference>of() : cause.getPath()) {
        if (ref.getPropertyName() != null) {
          field.append(field.length() == 0 ? "" : ".").append(ref.getPropertyName());
        } else if (ref.getIndex() >= 0) {
          field.append('[').append(ref.getIndex()).append(']');
        }
      }
      throw new IllegalArgumentException(
          (field.length() == 0 ? "spec" : field) + " has a value of the wrong type", e);
    }
  }

  private static @Nullable JacksonException jacksonCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        return j;
      }
    }
    return null;
  }

  private static KubeException invalid(ApiResource r, String name, String message) {
    Matcher m = FIELD_FIRST.matcher(message == null ? "" : message);
    String field = m.matches() ? m.group(1) : "";
    String detail = m.matches() ? m.group(2) : String.valueOf(message);
    boolean required =
        detail.startsWith("must not be blank")
            || detail.startsWith("must not be null")
            || detail.contains("is required");
    return KubeException.invalid(r.qualifiedKind(), r.group(), name, field, required, detail);
  }
}
