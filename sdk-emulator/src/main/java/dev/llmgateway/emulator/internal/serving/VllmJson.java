package dev.llmgateway.emulator.internal.serving;

import dev.llmgateway.client.internal.json.Json;
import io.vertx.core.buffer.Buffer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the bodies of vLLM's OpenAI-compatible server (the 0.10/0.11 shapes, fields in vLLM's
 * order): chat and text completions, their stream chunks and usage chunk, and errors. Written with
 * Jackson's streaming generator, no reflection. This class is thread-safe.
 */
public final class VllmJson {
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT_END = "\n\n".getBytes(StandardCharsets.US_ASCII);

  /** The last event of every vLLM stream. */
  public static final Buffer DONE = Buffer.buffer("data: [DONE]\n\n");

  private VllmJson() {}

  /** One response's identity: id, creation time (epoch seconds) and model. */
  public record Head(String id, long created, String model) {}

  /** Returns a complete chat or text completion body. */
  static Buffer completion(boolean chat, Head head, Output out, TokenUsage usage) {
    Writer w = new Writer();
    JsonGenerator g = w.g;
    g.writeStartObject();
    head(g, head, chat ? "chat.completion" : "text_completion");
    g.writeArrayPropertyStart("choices");
    g.writeStartObject();
    g.writeNumberProperty("index", 0);
    if (chat) {
      g.writeObjectPropertyStart("message");
      g.writeStringProperty("role", "assistant");
      g.writeStringProperty("content", out.text());
      g.writeNullProperty("refusal");
      g.writeNullProperty("annotations");
      g.writeNullProperty("audio");
      g.writeNullProperty("function_call");
      g.writeArrayPropertyStart("tool_calls");
      g.writeEndArray();
      g.writeNullProperty("reasoning_content");
      g.writeEndObject();
    } else {
      g.writeStringProperty("text", out.text());
    }
    g.writeNullProperty("logprobs");
    g.writeStringProperty("finish_reason", out.finishReason());
    stopReason(g, out.stopReason());
    if (!chat) {
      g.writeNullProperty("prompt_logprobs");
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeNullProperty("service_tier");
    g.writeNullProperty("system_fingerprint");
    g.writeName("usage");
    usage(g, usage);
    if (chat) {
      g.writeNullProperty("prompt_logprobs");
    }
    g.writeNullProperty("kv_transfer_params");
    g.writeEndObject();
    return w.done();
  }

  /**
   * Returns one stream event with one choice: the role chunk ({@code role} set, empty content), a
   * content delta, or the chunk that carries the finish reason.
   */
  static Buffer chunkEvent(
      boolean chat,
      Head head,
      @Nullable String role,
      String content,
      @Nullable String finishReason,
      @Nullable String stopReason) {
    Writer w = new Writer().event();
    JsonGenerator g = w.g;
    g.writeStartObject();
    head(g, head, chat ? "chat.completion.chunk" : "text_completion");
    g.writeArrayPropertyStart("choices");
    g.writeStartObject();
    g.writeNumberProperty("index", 0);
    if (chat) {
      g.writeObjectPropertyStart("delta");
      if (role != null) {
        g.writeStringProperty("role", role);
      }
      g.writeStringProperty("content", content);
      g.writeEndObject();
    } else {
      g.writeStringProperty("text", content);
    }
    g.writeNullProperty("logprobs");
    if (finishReason == null) {
      g.writeNullProperty("finish_reason");
      if (!chat) {
        g.writeNullProperty("stop_reason");
      }
    } else {
      g.writeStringProperty("finish_reason", finishReason);
      stopReason(g, stopReason);
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    return w.done();
  }

  /** Returns the usage chunk event: {@code choices: []} and the usage. */
  static Buffer usageEvent(boolean chat, Head head, Buffer usageJson) {
    Writer w = new Writer().event();
    JsonGenerator g = w.g;
    g.writeStartObject();
    head(g, head, chat ? "chat.completion.chunk" : "text_completion");
    g.writeArrayPropertyStart("choices");
    g.writeEndArray();
    g.writeName("usage");
    g.writeRawValue(usageJson.toString(StandardCharsets.UTF_8));
    g.writeEndObject();
    return w.done();
  }

  /** Returns the usage object alone, as it appears in responses. */
  static Buffer usageJson(TokenUsage usage) {
    Writer w = new Writer();
    usage(w.g, usage);
    return w.done();
  }

  /** Returns an error body {@code {"error":{...}}}. */
  public static Buffer error(ServingError e) {
    Writer w = new Writer();
    error(w.g, e);
    return w.done();
  }

  /** Returns an error as a stream event, as vLLM sends a failure after the stream started. */
  static Buffer errorEvent(ServingError e) {
    Writer w = new Writer().event();
    error(w.g, e);
    return w.done();
  }

  private static void error(JsonGenerator g, ServingError e) {
    g.writeStartObject();
    g.writeObjectPropertyStart("error");
    g.writeStringProperty("message", e.getMessage());
    g.writeStringProperty("type", e.type());
    g.writeStringProperty("param", e.param());
    g.writeNumberProperty("code", e.status());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void head(JsonGenerator g, Head head, String object) {
    g.writeStringProperty("id", head.id());
    g.writeStringProperty("object", object);
    g.writeNumberProperty("created", head.created());
    g.writeStringProperty("model", head.model());
  }

  private static void usage(JsonGenerator g, TokenUsage usage) {
    g.writeStartObject();
    g.writeNumberProperty("prompt_tokens", usage.promptTokens());
    g.writeNumberProperty("total_tokens", usage.totalTokens());
    g.writeNumberProperty("completion_tokens", usage.completionTokens());
    g.writeNullProperty("prompt_tokens_details");
    g.writeEndObject();
  }

  private static void stopReason(JsonGenerator g, @Nullable String stopReason) {
    g.writeStringProperty("stop_reason", stopReason);
  }

  /** A generator into a Vert.x buffer, optionally framed as one SSE {@code data:} event. */
  static final class Writer {
    private final Buffer buffer = Buffer.buffer(512);
    final JsonGenerator g =
        Json.mapper()
            .createGenerator(
                new OutputStream() {
                  @Override
                  public void write(int b) {
                    buffer.appendByte((byte) b);
                  }

                  @Override
                  public void write(byte[] b, int off, int len) {
                    buffer.appendBytes(b, off, len);
                  }
                });
    private boolean event;

    Writer event() {
      buffer.appendBytes(DATA);
      event = true;
      return this;
    }

    Buffer done() {
      g.close();
      if (event) {
        buffer.appendBytes(EVENT_END);
      }
      return buffer;
    }
  }
}
