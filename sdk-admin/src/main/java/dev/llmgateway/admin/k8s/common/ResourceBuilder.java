package dev.llmgateway.admin.k8s.common;

import dev.llmgateway.admin.k8s.internal.Meta;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metadata part shared by the builders of this SDK's custom resources: name, namespace and
 * labels, validated when the resource is built ({@code metadata.name} must be a DNS subdomain,
 * labels must be valid Kubernetes labels). Only the SDK's own resource builders extend it.
 *
 * @param <B> the concrete builder type, returned by the setters
 */
public abstract class ResourceBuilder<B extends ResourceBuilder<B>> {
  private @Nullable String name;
  private @Nullable String namespace;
  private final Map<String, String> labels = new LinkedHashMap<>();

  /** Creates a builder with no metadata set; for the SDK's resource builders. */
  protected ResourceBuilder() {}

  /**
   * Returns this builder as its concrete type.
   *
   * @return this builder
   */
  protected abstract B self();

  /**
   * Sets the object's name (required; a DNS subdomain).
   *
   * @param name the name
   * @return this builder
   */
  public final B name(String name) {
    this.name = name;
    return self();
  }

  /**
   * Sets the namespace; unset means the client's namespace at apply time.
   *
   * @param namespace the namespace, or null
   * @return this builder
   */
  public final B namespace(@Nullable String namespace) {
    this.namespace = namespace;
    return self();
  }

  /**
   * Adds a metadata label.
   *
   * @param key the label key
   * @param value the label value
   * @return this builder
   */
  public final B putLabel(String key, String value) {
    labels.put(key, value);
    return self();
  }

  /**
   * Sets name, namespace and labels from existing metadata (used by {@code toBuilder()}).
   *
   * @param meta the metadata, or null to leave the builder's metadata as it is
   * @return this builder
   */
  public final B metadataFrom(@Nullable ObjectMeta meta) {
    if (meta != null) {
      name = meta.getName();
      namespace = meta.getNamespace();
      labels.putAll(Meta.labels(meta));
    }
    return self();
  }

  /**
   * Returns the validated metadata for the object being built.
   *
   * @return the metadata
   * @throws IllegalArgumentException when the name, namespace or a label is invalid, naming the
   *     field
   */
  protected final ObjectMeta metadata() {
    return Meta.of(name, namespace, labels);
  }
}
