package dev.llmgateway.admin.k8s;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A server-side apply was refused with HTTP 409 because fields of the object are owned by other
 * field managers (for example {@code kubectl}, {@code helm} or a controller). Either leave those
 * fields out of the object, or take them over with {@link
 * KubernetesApplier.Builder#forceConflicts(boolean) forceConflicts(true)}.
 */
public final class ApplyConflictException extends ClusterOperationException {

  private static final long serialVersionUID = 1L;

  private static final int SHOWN = 5;
  private static final int MAX_SERVER_MESSAGE = 200;

  /** The object as {@code Kind namespace/name}. */
  private final String resource;

  private final transient List<FieldConflict> conflicts;

  /**
   * Creates an exception.
   *
   * @param resource the object as {@code Kind namespace/name}
   * @param conflicts the conflicting fields the server listed, possibly none
   * @param serverMessage the Status message, used when no conflicts are listed
   * @param cause the client's exception, or null
   */
  public ApplyConflictException(
      String resource,
      List<FieldConflict> conflicts,
      String serverMessage,
      @Nullable Throwable cause) {
    super(message(resource, conflicts, serverMessage), cause);
    this.resource = resource;
    this.conflicts = List.copyOf(conflicts);
  }

  private static String message(
      String resource, List<FieldConflict> conflicts, String serverMessage) {
    StringBuilder m = new StringBuilder("apply of ").append(resource);
    if (conflicts.isEmpty()) {
      String shown =
          serverMessage.length() > MAX_SERVER_MESSAGE
              ? serverMessage.substring(0, MAX_SERVER_MESSAGE) + "..."
              : serverMessage;
      m.append(" was refused with a conflict (HTTP 409)");
      if (!shown.isBlank()) {
        m.append(": ").append(shown.strip());
      }
      m.append(". If other field managers own fields of this object,");
    } else {
      m.append(" conflicts with fields owned by other field managers: ");
      List<FieldConflict> shown = conflicts.subList(0, Math.min(SHOWN, conflicts.size()));
      m.append(String.join(", ", shown.stream().map(FieldConflict::toString).toList()));
      if (conflicts.size() > SHOWN) {
        m.append(" and ").append(conflicts.size() - SHOWN).append(" more");
      }
      m.append(". Leave those fields out of the object, or");
    }
    return m.append(" take them over with KubernetesApplier.builder().forceConflicts(true).")
        .toString();
  }

  /**
   * Returns the object whose apply was refused.
   *
   * @return the object as {@code Kind namespace/name}
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the conflicting fields and their managers, as the server listed them.
   *
   * @return the conflicts, empty when the server's Status listed none
   */
  public List<FieldConflict> conflicts() {
    return conflicts;
  }
}
