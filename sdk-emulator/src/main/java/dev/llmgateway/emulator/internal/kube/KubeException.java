package dev.llmgateway.emulator.internal.kube;

import dev.llmgateway.client.internal.json.Json;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request the API refuses, carrying the {@code Status} object a real API server answers with
 * (same {@code reason}, {@code code}, message wording and {@code details}). Thrown inside the
 * request pipeline and turned into the response by the dispatcher.
 */
final class KubeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final transient ObjectNode status;

  private KubeException(int code, String reason, String message, @Nullable ObjectNode details) {
    super(message, null, false, false);
    this.code = code;
    ObjectNode s = Json.mapper().createObjectNode();
    s.put("kind", "Status").put("apiVersion", "v1");
    s.putObject("metadata");
    s.put("status", "Failure").put("message", message).put("reason", reason);
    if (details != null) {
      s.set("details", details);
    }
    s.put("code", code);
    this.status = s;
  }

  /** Returns the HTTP status code. */
  int code() {
    return code;
  }

  /** Returns the Status object. */
  ObjectNode status() {
    return status;
  }

  /** Returns the response carrying the Status. */
  MockResponse response() {
    return new MockResponse()
        .setResponseCode(code)
        .setHeader("Content-Type", "application/json")
        .setBody(Json.mapper().writeValueAsString(status));
  }

  static KubeException badRequest(String message) {
    return new KubeException(400, "BadRequest", message, null);
  }

  static KubeException resourceNotFound() {
    return new KubeException(
        404, "NotFound", "the server could not find the requested resource", details(null, null));
  }

  static KubeException notFound(ApiResource r, String name) {
    return new KubeException(
        404,
        "NotFound",
        r.qualifiedPlural() + " \"" + name + "\" not found",
        named(name, r.group(), r.plural()));
  }

  static KubeException namespaceNotFound(String namespace) {
    return new KubeException(
        404,
        "NotFound",
        "namespaces \"" + namespace + "\" not found",
        named(namespace, "", "namespaces"));
  }

  static KubeException alreadyExists(ApiResource r, String name) {
    return new KubeException(
        409,
        "AlreadyExists",
        r.qualifiedPlural() + " \"" + name + "\" already exists",
        named(name, r.group(), r.plural()));
  }

  static KubeException staleResourceVersion(ApiResource r, String name) {
    return new KubeException(
        409,
        "Conflict",
        "Operation cannot be fulfilled on "
            + r.qualifiedPlural()
            + " \""
            + name
            + "\": the object has been modified; please apply your changes to the latest version"
            + " and try again",
        named(name, r.group(), r.plural()));
  }

  /** The 409 of a server-side apply that touches fields other managers own. */
  static KubeException applyConflict(List<FieldConflict> conflicts) {
    ObjectNode details = Json.mapper().createObjectNode();
    ArrayNode causes = details.putArray("causes");
    for (FieldConflict c : conflicts) {
      causes
          .addObject()
          .put("reason", "FieldManagerConflict")
          .put("message", "conflict with " + c.manager())
          .put("field", c.field());
    }
    String message;
    if (conflicts.size() == 1) {
      FieldConflict c = conflicts.get(0);
      message = "Apply failed with 1 conflict: conflict with " + c.manager() + ": " + c.field();
    } else {
      StringBuilder sb = new StringBuilder();
      String last = null;
      for (FieldConflict c : conflicts.stream().sorted().toList()) {
        if (!c.manager().equals(last)) {
          sb.append(sb.length() == 0 ? "" : "\n").append("conflicts with ").append(c.manager());
          sb.append(':');
          last = c.manager();
        }
        sb.append("\n- ").append(c.field());
      }
      message = "Apply failed with " + conflicts.size() + " conflicts: " + sb;
    }
    return new KubeException(409, "Conflict", message, details);
  }

  /**
   * The 422 of an object the schema rejects.
   *
   * @param kind {@code Kind} or {@code Kind.group} of the object, or of the options
   * @param group the group for the details
   * @param name the object name, possibly empty
   * @param field the field path
   * @param required whether the field is missing (else its value is invalid)
   * @param detail what is wrong, without the field
   */
  static KubeException invalid(
      String kind, String group, String name, String field, boolean required, String detail) {
    String cause = (required ? "Required value: " : "Invalid value: ") + detail;
    ObjectNode details = named(name, group, kind.contains(".") ? kind.split("\\.")[0] : kind);
    details
        .putArray("causes")
        .addObject()
        .put("reason", required ? "FieldValueRequired" : "FieldValueInvalid")
        .put("message", cause)
        .put("field", field);
    return new KubeException(
        422,
        "Invalid",
        kind + " \"" + name + "\" is invalid: " + (field.isEmpty() ? "" : field + ": ") + cause,
        details);
  }

  static KubeException unsupportedMediaType() {
    return new KubeException(
        415,
        "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include:"
            + " application/json-patch+json, application/merge-patch+json,"
            + " application/apply-patch+yaml, application/strategic-merge-patch+json",
        null);
  }

  static KubeException unsupportedBody() {
    return new KubeException(
        415,
        "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include:"
            + " application/json",
        null);
  }

  static KubeException methodNotAllowed() {
    return new KubeException(
        405,
        "MethodNotAllowed",
        "the server does not allow this method on the requested resource",
        details(null, null));
  }

  static KubeException tooLarge(int limit) {
    return new KubeException(
        413, "RequestEntityTooLarge", "Request entity too large: limit is " + limit, null);
  }

  static KubeException expired(String message) {
    return new KubeException(410, "Expired", message, null);
  }

  static KubeException internal(String message) {
    return new KubeException(500, "InternalError", message, null);
  }

  private static ObjectNode details(@Nullable String name, @Nullable String kind) {
    ObjectNode d = Json.mapper().createObjectNode();
    if (name != null) {
      d.put("name", name);
    }
    if (kind != null) {
      d.put("kind", kind);
    }
    return d;
  }

  private static ObjectNode named(String name, String group, String kind) {
    ObjectNode d = Json.mapper().createObjectNode();
    if (!name.isEmpty()) {
      d.put("name", name);
    }
    if (!group.isEmpty()) {
      d.put("group", group);
    }
    return d.put("kind", kind);
  }
}
