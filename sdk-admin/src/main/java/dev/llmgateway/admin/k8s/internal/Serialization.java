package dev.llmgateway.admin.k8s.internal;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Shared Fabric8 serialization and a YAML writer that looks like hand-written manifests. */
public final class Serialization {

  /** Fabric8's serialization (honours the model classes' Jackson annotations). */
  public static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .build();

  private Serialization() {}

  /** Renders an object as one YAML document without the leading {@code ---}. */
  public static String yaml(Object object) {
    JsonNode tree = YAML.readTree(KUBERNETES.asJson(object));
    return YAML.writeValueAsString(tree);
  }
}
