package dev.llmgateway.admin.k8s;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the 409 Status of a refused server-side apply: the API server lists each conflicting field
 * as a cause of type {@code FieldManagerConflict} whose message reads {@code conflict with
 * "<manager>" using <apiVersion>} (optionally {@code with subresource "<name>"}).
 */
final class Conflicts {

  private static final String FIELD_MANAGER_CONFLICT = "FieldManagerConflict";
  private static final Pattern MANAGER = Pattern.compile("conflict with \"([^\"]*)\"");

  private Conflicts() {}

  static ApplyConflictException of(String resource, KubernetesClientException e) {
    Status status = e.getStatus();
    List<FieldConflict> conflicts = new ArrayList<>();
    String message = "";
    if (status != null) {
      message = status.getMessage() == null ? "" : status.getMessage();
      if (status.getDetails() != null && status.getDetails().getCauses() != null) {
        for (StatusCause cause : status.getDetails().getCauses()) {
          if (FIELD_MANAGER_CONFLICT.equals(cause.getReason()) && cause.getField() != null) {
            conflicts.add(new FieldConflict(manager(cause.getMessage()), cause.getField()));
          }
        }
      }
    }
    return new ApplyConflictException(resource, conflicts, message, e);
  }

  private static String manager(@Nullable String causeMessage) {
    if (causeMessage == null) {
      return "";
    }
    Matcher m = MANAGER.matcher(causeMessage);
    return m.find() ? m.group(1) : "";
  }
}
