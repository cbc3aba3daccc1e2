package dev.llmgateway.admin.k8s.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.internal.KubeRules;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reference to another Kubernetes object by group, kind, name and optional namespace, as used by
 * policy {@code targetRef}s and the Apigee operator's {@code enforcementRefs} and {@code
 * apiProductRefs}. Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"group", "kind", "name", "namespace"})
public final class ObjectRef {

  @JsonProperty("group")
  private String group = "";

  @JsonProperty("kind")
  private String kind = "";

  @JsonProperty("name")
  private String name = "";

  @JsonProperty("namespace")
  private @Nullable String namespace;

  private ObjectRef() {}

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
    ObjectRef ref = new ObjectRef();
    ref.group = KubeRules.group(group, "group");
    ref.kind = KubeRules.kind(kind, "kind");
    ref.name = KubeRules.refName(name, "name");
    ref.namespace = KubeRules.optionalNamespace(namespace, "namespace");
    return ref;
  }

  /**
   * Returns the API group.
   *
   * @return the group, empty for the core group
   */
  public String group() {
    return group;
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the namespace.
   *
   * @return the namespace, or null when the referring object's namespace applies
   */
  public @Nullable String namespace() {
    return namespace;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ObjectRef
        && ((ObjectRef) o).group.equals(group)
        && ((ObjectRef) o).kind.equals(kind)
        && ((ObjectRef) o).name.equals(name)
        && Objects.equals(((ObjectRef) o).namespace, namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, kind, name, namespace);
  }

  @Override
  public String toString() {
    return kind + "/" + name + (namespace == null ? "" : " in " + namespace) + " (" + group + ")";
  }
}
