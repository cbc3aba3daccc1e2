package dev.llmgateway.emulator.internal.kube;

import java.util.Comparator;

/**
 * A field of a server-side apply that another manager owns with a different value.
 *
 * @param manager the other manager as Kubernetes prints it: {@code "name"} for an apply manager,
 *     {@code "name" using apps/v1} for an update manager
 * @param field the field path as Kubernetes prints it, for example {@code .spec.replicas}
 */
record FieldConflict(String manager, String field) implements Comparable<FieldConflict> {

  private static final Comparator<FieldConflict> ORDER =
      Comparator.comparing(FieldConflict::manager).thenComparing(FieldConflict::field);

  @Override
  public int compareTo(FieldConflict other) {
    return ORDER.compare(this, other);
  }
}
