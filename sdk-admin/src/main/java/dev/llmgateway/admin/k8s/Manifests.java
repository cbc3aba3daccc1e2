package dev.llmgateway.admin.k8s;

import dev.llmgateway.admin.k8s.internal.Serialization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * Renders Kubernetes objects as YAML in the shape of the guide's manifests (block style, quotes
 * only where YAML needs them, unset fields left out), like {@code helm template} or {@code kubectl
 * apply -f} input.
 *
 * <pre>{@code
 * System.out.print(Manifests.toYaml(GuideResources.builder().build().objects()));
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Manifests {

  private Manifests() {}

  /**
   * Renders one object as a YAML document starting with {@code ---}.
   *
   * @param object the object
   * @return the YAML text
   */
  public static String toYaml(HasMetadata object) {
    return "---\n" + Serialization.yaml(object);
  }

  /**
   * Renders objects as a multi-document YAML stream, in list order.
   *
   * @param objects the objects
   * @return the YAML text, empty for an empty list
   */
  public static String toYaml(List<? extends HasMetadata> objects) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata object : objects) {
      out.append(toYaml(object));
    }
    return out.toString();
  }

  /**
   * Returns a deep copy of an object, of the same class.
   *
   * @param object the object
   * @param <T> the object's type
   * @return the copy
   */
  public static <T extends HasMetadata> T copy(T object) {
    return Serialization.KUBERNETES.clone(object);
  }
}
