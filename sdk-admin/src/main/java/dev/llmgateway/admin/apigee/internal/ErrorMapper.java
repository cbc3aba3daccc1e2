package dev.llmgateway.admin.apigee.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.llmgateway.admin.apigee.errors.ApigeeConflictException;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeFailedPreconditionException;
import dev.llmgateway.admin.apigee.errors.ApigeeInvalidArgumentException;
import dev.llmgateway.admin.apigee.errors.ApigeeNotFoundException;
import dev.llmgateway.admin.apigee.errors.ApigeePermissionDeniedException;
import dev.llmgateway.admin.apigee.errors.ApigeeResourceExhaustedException;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeUnauthenticatedException;
import dev.llmgateway.admin.apigee.errors.Violation;
import dev.llmgateway.client.internal.log.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps error responses (the {@code google.rpc.Status} envelope, an Apigee fault, or anything else)
 * to exceptions. Bodies that are not JSON appear in messages only as a short excerpt without
 * markup.
 */
final class ErrorMapper {

  private final JsonMapper mapper;

  ErrorMapper(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * What an error body says: the envelope's status, message and details, or an excerpt; {@code
   * page} is the media type when the body was a markup page, else null.
   */
  private record Parsed(
      String status,
      String serverMessage,
      List<Map<String, Object>> details,
      @Nullable String page) {}

  /**
   * Returns whether a successful response's JSON is an error document: an object with an {@code
   * error} (the {@code google.rpc.Status} envelope or a string) or an Apigee {@code fault}.
   */
  static boolean isErrorDocument(JsonNode node) {
    return node.isObject()
        && (node.path("error").isObject()
            || node.path("error").isString()
            || node.path("fault").isObject());
  }

  /**
   * Maps an error status.
   *
   * @param display the call as shown in messages
   * @param outcome the response
   * @param attempts the requests sent for this call
   * @param redactor removes secrets
   * @param note appended to the message, e.g. why the call was not retried; may be empty
   */
  ApigeeException toException(
      String display, Outcome outcome, int attempts, Redactor redactor, String note) {
    int statusCode = outcome.code();
    Parsed p = parse(outcome, redactor);
    StringBuilder message =
        new StringBuilder()
            .append(
                p.status().isEmpty()
                    ? "HTTP " + statusCode
                    : p.status() + " (HTTP " + statusCode + ")")
            .append(" on ")
            .append(redactor.redact(display));
    if (attempts > 1) {
      message.append(" after ").append(attempts).append(" attempts");
    }
    appendServerMessage(message, p, redactor);
    message.append(note);
    return create(message.toString(), statusCode, p.status(), p.serverMessage(), p.details());
  }

  /** Maps a successful status whose body is an error document ({@link #isErrorDocument}). */
  ApigeeException errorDocument(String display, Outcome outcome, Redactor redactor) {
    Parsed p = parse(outcome, redactor);
    StringBuilder message =
        new StringBuilder(redactor.redact(display))
            .append(" returned HTTP ")
            .append(outcome.code())
            .append(" with an error document");
    if (!p.status().isEmpty()) {
      message.append(": ").append(p.status());
    }
    appendServerMessage(message, p, redactor);
    return create(message.toString(), outcome.code(), p.status(), p.serverMessage(), p.details());
  }

  private static void appendServerMessage(StringBuilder message, Parsed p, Redactor redactor) {
    if (!p.serverMessage().isEmpty()) {
      message.append(": ").append(p.serverMessage());
    }
    if (p.page() != null) {
      message.append(" (").append(p.page()).append(" page)");
    }
    List<Violation> violations = new ApigeeException("", 0, "", "", p.details(), null).violations();
    if (!violations.isEmpty()) {
      message.append(" ").append(redactor.redact(violations.toString()));
    }
  }

  private Parsed parse(Outcome outcome, Redactor redactor) {
    JsonNode json = parse(outcome.body());
    JsonNode error = json.path("error");
    JsonNode fault = json.path("fault");
    List<Map<String, Object>> details = new ArrayList<>();
    String status = "";
    String page = null;
    String serverMessage;
    if (error.isObject()) {
      status = error.path("status").asString("");
      serverMessage = error.path("message").asString("");
      for (JsonNode d : error.path("details")) {
        JsonNode clean = d.isObject() ? redact(d, redactor) : mapper.missingNode();
        if (clean.isObject()) {
          details.add(toMap(clean));
        }
      }
    } else if (error.isString()) {
      serverMessage = error.asString();
    } else if (fault.isObject()) {
      String code = fault.path("detail").path("errorcode").asString("");
      serverMessage =
          fault.path("faultstring").asString("") + (code.isEmpty() ? "" : " (" + code + ")");
    } else if (json.isMissingNode()) {
      serverMessage = BodyExcerpt.of(outcome.contentType(), outcome.body());
      String start = new String(outcome.body(), 0, Math.min(64, outcome.body().length), UTF_8);
      if (outcome.body().length > 0 && BodyExcerpt.isMarkup(outcome.contentType(), start)) {
        page = mediaType(outcome.contentType());
      }
    } else {
      serverMessage = BodyExcerpt.of(null, outcome.body());
    }
    return new Parsed(status, redactor.redact(serverMessage.strip()), details, page);
  }

  private static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return "markup";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
  }

  private static ApigeeException create(
      String m, int http, String status, String serverMessage, List<Map<String, Object>> d) {
    switch (status) {
      case "INVALID_ARGUMENT":
      case "OUT_OF_RANGE":
        return new ApigeeInvalidArgumentException(m, http, status, serverMessage, d, null);
      case "FAILED_PRECONDITION":
        return new ApigeeFailedPreconditionException(m, http, status, serverMessage, d, null);
      case "UNAUTHENTICATED":
        return new ApigeeUnauthenticatedException(m, http, status, serverMessage, d, null);
      case "PERMISSION_DENIED":
        return new ApigeePermissionDeniedException(m, http, status, serverMessage, d, null);
      case "NOT_FOUND":
        return new ApigeeNotFoundException(m, http, status, serverMessage, d, null);
      case "ALREADY_EXISTS":
      case "ABORTED":
        return new ApigeeConflictException(m, http, status, serverMessage, d, null);
      case "RESOURCE_EXHAUSTED":
        return new ApigeeResourceExhaustedException(m, http, status, serverMessage, d, null);
      case "INTERNAL":
      case "UNAVAILABLE":
      case "DEADLINE_EXCEEDED":
      case "UNKNOWN":
      case "DATA_LOSS":
      case "UNIMPLEMENTED":
        return new ApigeeServerException(m, http, status, serverMessage, d, null);
      default:
        break;
    }
    switch (http) {
      case 400:
        return new ApigeeInvalidArgumentException(m, http, status, serverMessage, d, null);
      case 401:
        return new ApigeeUnauthenticatedException(m, http, status, serverMessage, d, null);
      case 403:
        return new ApigeePermissionDeniedException(m, http, status, serverMessage, d, null);
      case 404:
        return new ApigeeNotFoundException(m, http, status, serverMessage, d, null);
      case 409:
        return new ApigeeConflictException(m, http, status, serverMessage, d, null);
      case 429:
        return new ApigeeResourceExhaustedException(m, http, status, serverMessage, d, null);
      default:
        if (http >= 500) {
          return new ApigeeServerException(m, http, status, serverMessage, d, null);
        }
        return new ApigeeException(m, http, status, serverMessage, d, null);
    }
  }

  /**
   * Removes secrets from one detail entry: a server may echo the request path, and with it a
   * consumer key, in e.g. a {@code ResourceInfo.resourceName}, and {@code details()} is public.
   */
  private JsonNode redact(JsonNode detail, Redactor redactor) {
    String json = mapper.writeValueAsString(detail);
    String clean = redactor.redact(json);
    return clean.equals(json) ? detail : parse(clean.getBytes(UTF_8));
  }

  private JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return mapper.missingNode();
    }
    try {
      JsonNode node = mapper.readTree(body);
      return node == null ? mapper.missingNode() : node;
    } catch (JacksonException e) {
      return mapper.missingNode();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> toMap(JsonNode node) {
    return new LinkedHashMap<>(mapper.treeToValue(node, Map.class));
  }
}
