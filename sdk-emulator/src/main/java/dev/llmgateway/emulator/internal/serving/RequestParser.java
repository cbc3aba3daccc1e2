package dev.llmgateway.emulator.internal.serving;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields the emulated model server uses from a chat or text completion body and rejects
 * what vLLM rejects before generation, with {@link ServingError}s of type {@code BadRequestError}.
 * Chat messages are rendered with a ChatML-like template ({@code <|im_start|>role\ncontent
 * <|im_end|>\n}, then {@code <|im_start|>assistant\n}), which is what the prompt tokens count.
 * Fields it does not know are ignored. This class is thread-safe.
 */
public final class RequestParser {
  private static final String START = "<|im_start|>";
  private static final String END = "<|im_end|>\n";
  private static final String IMAGE = "<|image|>";

  private RequestParser() {}

  /**
   * Parses a request body.
   *
   * @param body the JSON body, or null when the request had none
   * @param chat true for chat completions
   * @return the request
   * @throws ServingError with status 400 when the body is invalid
   */
  public static InferenceRequest parse(@Nullable JsonNode body, boolean chat) {
    if (body == null || !body.isObject()) {
      throw ServingError.badRequest(null, "The request body must be a JSON object.");
    }
    String model = optionalString(body, "model");
    String prompt;
    String echo;
    if (chat) {
      JsonNode messages = body.get("messages");
      if (messages == null || !messages.isArray() || messages.isEmpty()) {
        throw ServingError.badRequest("messages", "messages: a non-empty list is required.");
      }
      StringBuilder sb = new StringBuilder();
      echo = "";
      for (int i = 0; i < messages.size(); i++) {
        JsonNode m = messages.get(i);
        String role = m.isObject() ? optionalString(m, "role") : null;
        if (role == null) {
          throw ServingError.badRequest("messages", "messages[" + i + "].role is required.");
        }
        String content = content(m.get("content"), i);
        sb.append(START).append(role).append('\n').append(content).append(END);
        if (role.equals("user")) {
          echo = content;
        }
      }
      prompt = sb.append(START).append("assistant\n").toString();
    } else {
      prompt = completionPrompt(body.get("prompt"));
      echo = prompt;
    }
    Integer maxTokens = maxTokens(body, chat);
    boolean stream = bool(body, "stream");
    JsonNode options = body.get("stream_options");
    boolean includeUsage = false;
    if (options != null && !options.isNull()) {
      if (!stream) {
        throw ServingError.badRequest(
            "stream_options", "Stream options can only be defined when `stream=True`.");
      }
      includeUsage = bool(options, "include_usage");
    }
    JsonNode n = body.get("n");
    if (n != null && !n.isNull() && !(n.canConvertToInt() && n.intValue() == 1)) {
      throw ServingError.badRequest("n", "n: the emulator generates exactly one choice (n=1).");
    }
    return new InferenceRequest(
        chat, model, prompt, echo, maxTokens, stops(body.get("stop")), stream, includeUsage);
  }

  private static String content(@Nullable JsonNode content, int index) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isString()) {
      return content.stringValue();
    }
    if (content.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : content.values()) {
        String type = part.isObject() ? optionalString(part, "type") : null;
        if ("text".equals(type)) {
          sb.append(part.path("text").asString(""));
        } else if (type != null) {
          sb.append(IMAGE); // image, audio and file parts count as one token each
        }
      }
      return sb.toString();
    }
    throw ServingError.badRequest(
        "messages", "messages[" + index + "].content must be a string or a list of parts.");
  }

  private static String completionPrompt(@Nullable JsonNode prompt) {
    if (prompt != null && prompt.isString()) {
      return prompt.stringValue();
    }
    if (prompt != null && prompt.isArray() && prompt.size() == 1 && prompt.get(0).isString()) {
      return prompt.get(0).stringValue();
    }
    if (prompt != null
        && prompt.isArray()
        && !prompt.isEmpty()
        && prompt.get(0).isIntegralNumber()) {
      // Token ids: one emulated token per id.
      return " x".repeat(prompt.size());
    }
    throw ServingError.badRequest(
        "prompt",
        "prompt: a string is required (the emulator serves one prompt per request, like the"
            + " Endpoint Picker).");
  }

  private static @Nullable Integer maxTokens(JsonNode body, boolean chat) {
    String field = "max_tokens";
    JsonNode v = body.get(field);
    if (chat && body.hasNonNull("max_completion_tokens")) {
      field = "max_completion_tokens";
      v = body.get(field);
    }
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToExactIntegral() || !v.canConvertToInt()) {
      throw ServingError.badRequest(field, field + ": a valid integer is required.");
    }
    int value = v.intValue();
    if (value < 1) {
      throw ServingError.badRequest(field, "max_tokens must be at least 1, got " + value + ".");
    }
    return value;
  }

  private static List<String> stops(@Nullable JsonNode stop) {
    if (stop == null || stop.isNull()) {
      return List.of();
    }
    if (stop.isString()) {
      return stop.stringValue().isEmpty() ? List.of() : List.of(stop.stringValue());
    }
    if (stop.isArray()) {
      List<String> out = new ArrayList<>(stop.size());
      for (JsonNode s : stop.values()) {
        if (!s.isString()) {
          throw ServingError.badRequest("stop", "stop: strings are required.");
        }
        if (!s.stringValue().isEmpty()) {
          out.add(s.stringValue());
        }
      }
      return out;
    }
    throw ServingError.badRequest("stop", "stop: a string or a list of strings is required.");
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw ServingError.badRequest(field, field + ": a valid boolean is required.");
    }
    return v.booleanValue();
  }

  private static @Nullable String optionalString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw ServingError.badRequest(field, field + ": a valid string is required.");
    }
    return v.stringValue();
  }
}
