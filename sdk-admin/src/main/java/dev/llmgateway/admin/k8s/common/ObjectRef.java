package dev.llmgateway.admin.k8s.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A reference to another Kubernetes object by group, kind, name and optional namespace, as used by
 * policy {@code targetRef}s and the Apigee operator's {@code enforcementRefs} and {@code
 * apiProductRefs}. Immutable.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableObjectRef.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "namespace"})
public abstract class ObjectRef {

  ObjectRef() {}

  /**
   * Returns a reference without a namespace (the referring object's namespace).
   *
   * @param group the API group, empty for the core group
   * @param kind the kind
   * @param name the object name
   * @return the reference
   * @throws IllegalArgumentException when a part is invalid
   */
  public static ObjectRef of(String group, String kind, String name) {
    return of(group, kind, name, null);
  }

  /**
   * Returns a reference.
   *
   * @param group the API group, empty for the core group
   * @param kind the kind
   * @param name the object name
   * @param namespace the namespace, or null for the referring object's namespace
   * @return the reference
   * @throws IllegalArgumentException when a part is invalid
   */
  public static ObjectRef of(String group, String kind, String name, @Nullable String namespace) {
    return new Builder()
        .group(KubeRules.group(group, "group"))
        .kind(KubeRules.kind(kind, "kind"))
        .name(KubeRules.refName(name, "name"))
        .namespace(KubeRules.optionalNamespace(namespace, "namespace"))
        .build();
  }

  /**
   * Returns the API group.
   *
   * @return the group, empty for the core group
   */
  @Value.Default
  public String group() {
    return "";
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  @Value.Default
  public String kind() {
    return "";
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the namespace.
   *
   * @return the namespace, or null when the referring object's namespace applies
   */
  public abstract @Nullable String namespace();

  @Override
  public String toString() {
    return kind()
        + "/"
        + name()
        + (namespace() == null ? "" : " in " + namespace())
        + " ("
        + group()
        + ")";
  }

  static final class Builder extends ImmutableObjectRef.Builder {}
}
