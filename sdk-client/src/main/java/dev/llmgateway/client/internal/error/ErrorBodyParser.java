package dev.llmgateway.client.internal.error;

import dev.llmgateway.client.errors.ErrorSource;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the four error dialects: Apigee faults {@code {"fault":{"faultstring",
 * "detail":{"errorcode"}}}}, OpenAI/vLLM {@code {"error":{message,type,param,code}}} (code string
 * or int), old vLLM flat {@code {"object":"error",...}} and {@code {"error":"Unauthorized"}}, and
 * Endpoint Picker plain text {@code inference gateway: <Code> - <msg>} / {@code inference error:
 * <Code> - <msg>}. Only runs on the error path, so a JSON tree is fine here.
 */
final class ErrorBodyParser {
  private static final String EPP_PREFIX_OLD = "inference gateway: ";
  private static final String EPP_PREFIX_NEW = "inference error: ";

  private ErrorBodyParser() {}

  static ParsedError parse(String body) {
    String text = body.strip();
    if (text.startsWith("{")) {
      ParsedError json = parseJson(text);
      if (json != null) {
        return json;
      }
    }
    if (text.startsWith(EPP_PREFIX_OLD) || text.startsWith(EPP_PREFIX_NEW)) {
      String rest = text.substring(text.indexOf(": ") + 2);
      int dash = rest.indexOf(" - ");
      String code = dash < 0 ? rest.strip() : rest.substring(0, dash).strip();
      String message = dash < 0 ? null : rest.substring(dash + 3).strip();
      return new ParsedError(
          ErrorSource.GATEWAY, code.isEmpty() ? null : code, message, null, null);
    }
    return new ParsedError(ErrorSource.GATEWAY, null, text.isEmpty() ? null : text, null, null);
  }

  static @Nullable ParsedError parseJson(byte[] bytes) {
    return parseJson(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Parses a JSON error document in one of the dialects; null if the text is not one. */
  static @Nullable ParsedError parseJson(String text) {
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(text);
    } catch (JacksonException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode fault = root.get("fault");
    if (fault != null && fault.isObject()) {
      String faultstring = str(fault.get("faultstring"));
      // e.g. TARGET_READ_TIMEOUT on messaging.adaptors.http.flow.GatewayTimeout
      String reason = str(fault.path("detail").get("reason"));
      return new ParsedError(
          ErrorSource.APIGEE,
          str(fault.path("detail").get("errorcode")),
          reason == null
              ? faultstring
              : (faultstring == null ? reason : faultstring + " (" + reason + ")"),
          null,
          null);
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      return fromOpenAi(error);
    }
    if (error != null && error.isString()) {
      // {"error":"Unauthorized"} from vLLM --api-key: the status carries the meaning.
      return new ParsedError(ErrorSource.MODEL_SERVER, null, error.stringValue(), null, null);
    }
    if ("error".equals(str(root.get("object")))) {
      return fromOpenAi(root);
    }
    return null;
  }

  private static ParsedError fromOpenAi(JsonNode error) {
    JsonNode code = error.get("code");
    Integer intCode = code != null && code.isInt() ? code.intValue() : null;
    String codeText = code == null || code.isNull() ? null : code.asString();
    return new ParsedError(
        ErrorSource.MODEL_SERVER,
        codeText,
        str(error.get("message")),
        str(error.get("param")),
        intCode);
  }

  private static @Nullable String str(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isString() ? node.stringValue() : node.toString();
  }
}
