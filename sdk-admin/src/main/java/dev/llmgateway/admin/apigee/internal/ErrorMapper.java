package dev.llmgateway.admin.apigee.internal;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps error responses (the {@code google.rpc.Status} envelope, or anything else) to exceptions.
 */
final class ErrorMapper {

  private static final int MAX_RAW_MESSAGE = 300;

  private final JsonMapper mapper;

  ErrorMapper(JsonMapper mapper) {
    this.mapper = mapper;
  }

  ApigeeException toException(
      String display, int httpStatus, byte[] body, int attempts, Redactor redactor) {
    String status = "";
    String serverMessage = "";
    List<Map<String, Object>> details = new ArrayList<>();
    JsonNode error = parse(body).path("error");
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
    } else {
      String raw = new String(body, StandardCharsets.UTF_8).strip();
      serverMessage = raw.length() > MAX_RAW_MESSAGE ? raw.substring(0, MAX_RAW_MESSAGE) : raw;
    }
    serverMessage = redactor.redact(serverMessage);
    StringBuilder message =
        new StringBuilder()
            .append(status.isEmpty() ? "HTTP " + httpStatus : status + " (HTTP " + httpStatus + ")")
            .append(" on ")
            .append(redactor.redact(display));
    if (attempts > 1) {
      message.append(" after ").append(attempts).append(" attempts");
    }
    if (!serverMessage.isEmpty()) {
      message.append(": ").append(serverMessage);
    }
    List<Violation> violations = new ApigeeException("", 0, "", "", details, null).violations();
    if (!violations.isEmpty()) {
      message.append(" ").append(redactor.redact(violations.toString()));
    }
    return create(message.toString(), httpStatus, status, serverMessage, details);
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
    return clean.equals(json) ? detail : parse(clean.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? mapper.missingNode() : mapper.readTree(body);
    } catch (JacksonException e) {
      return mapper.missingNode();
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> toMap(JsonNode node) {
    return new LinkedHashMap<>(mapper.treeToValue(node, Map.class));
  }
}
