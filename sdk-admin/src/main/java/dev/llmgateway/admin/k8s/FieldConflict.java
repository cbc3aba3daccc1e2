package dev.llmgateway.admin.k8s;

/**
 * One field a server-side apply could not take because another field manager owns it, as the API
 * server lists it in a {@code FieldManagerConflict} cause of its 409 Status.
 *
 * @param manager the field manager that owns the field, e.g. {@code helm} or {@code
 *     kubectl-client-side-apply}; empty when the server did not name it
 * @param field the field path, e.g. {@code .spec.replicas}
 */
public record FieldConflict(String manager, String field) {

  /**
   * Validates the components.
   *
   * @param manager the owning field manager, empty when unknown
   * @param field the field path
   * @throws IllegalArgumentException if a component is null
   */
  public FieldConflict {
    if (manager == null || field == null) {
      throw new IllegalArgumentException("manager and field must not be null");
    }
  }

  @Override
  public String toString() {
    return field + (manager.isEmpty() ? "" : " (" + manager + ")");
  }
}
