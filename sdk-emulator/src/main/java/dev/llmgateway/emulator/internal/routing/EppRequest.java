package dev.llmgateway.emulator.internal.routing;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request body as the Endpoint Picker reads it: the {@code model} (required), the target model
 * ({@code x-gateway-model-name-rewrite} when set, written back into the body's {@code model}), and
 * the prompt its prefix scorer hashes ({@code prompt} as a string, or the {@code messages} with
 * string content rendered as {@code <|im_start|>role\ncontent<|im_end|>\n}).
 *
 * @param model the model the client asked for
 * @param targetModel the model the call is sent for
 * @param prompt the prompt text
 */
public record EppRequest(String model, String targetModel, String prompt) {

  /**
   * Reads a parsed body, rewriting its model when the header asks to.
   *
   * @param body the body, null when it was not JSON
   * @param rewrite the {@code x-gateway-model-name-rewrite} header, or null
   * @return the request
   * @throws Rejected with the Endpoint Picker's 400 answer
   */
  public static EppRequest read(@Nullable JsonNode body, @Nullable String rewrite) {
    JsonNode model = body == null ? null : body.get("model");
    if (model == null || !model.isString() || !(body instanceof ObjectNode)) {
      throw new Rejected(EppError.MODEL_NOT_FOUND);
    }
    String incoming = model.stringValue();
    String target = rewrite == null || rewrite.isEmpty() ? incoming : rewrite;
    if (!target.equals(incoming)) {
      ((ObjectNode) body).put("model", target);
    }
    return new EppRequest(incoming, target, prompt(body));
  }

  private static String prompt(JsonNode body) {
    JsonNode messages = body.get("messages");
    if (messages == null) {
      JsonNode prompt = body.get("prompt");
      if (prompt == null) {
        throw new Rejected(EppError.badRequest("prompt not found in request"));
      }
      if (!prompt.isString()) {
        throw new Rejected(EppError.badRequest("prompt is not a string"));
      }
      return prompt.stringValue();
    }
    if (!messages.isArray()) {
      throw new Rejected(EppError.badRequest("messages is not a list"));
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode m : messages.values()) {
      JsonNode role = m.get("role");
      JsonNode content = m.get("content");
      if (role != null && role.isString() && content != null && content.isString()) {
        sb.append("<|im_start|>")
            .append(role.stringValue())
            .append('\n')
            .append(content.stringValue())
            .append("<|im_end|>\n");
      }
    }
    return sb.toString();
  }

  /** The Endpoint Picker refused the body. */
  public static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient EppError error;

    Rejected(EppError error) {
      super(error.body(), null, false, false);
      this.error = error;
    }

    /** Returns the answer to send. */
    public EppError error() {
      return error;
    }
  }
}
