package dev.llmgateway.admin.k8s.internal;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds and reads validated object metadata. */
public final class Meta {
  private Meta() {}

  /**
   * Returns metadata with a validated name, optional namespace and labels (empty maps are left out
   * so they are never serialized).
   */
  public static ObjectMeta of(
      @Nullable String name, @Nullable String namespace, Map<String, String> labels) {
    ObjectMetaBuilder b =
        new ObjectMetaBuilder()
            .withName(KubeRules.objectName(name, "metadata.name"))
            .withNamespace(KubeRules.optionalNamespace(namespace, "metadata.namespace"));
    if (!labels.isEmpty()) {
      b.withLabels(new LinkedHashMap<>(KubeRules.labels(labels, "metadata.labels")));
    }
    return b.build();
  }

  /** Returns the labels of {@code meta} as a mutable copy. */
  public static Map<String, String> labels(@Nullable ObjectMeta meta) {
    return meta == null || meta.getLabels() == null
        ? new LinkedHashMap<>()
        : new LinkedHashMap<>(meta.getLabels());
  }
}
