package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The envelope fields that every completion response and stream chunk carries around its choices:
 * id, object type, creation time, model, usage, system fingerprint and the properties the SDK does
 * not model (kept and written back). Each field is declared here once; the response classes add
 * their choices and own fields, and their generated builders the setters. Values are immutable.
 *
 * <p>Only {@code dev.llmgateway.client.chat.ChatCompletion}, {@code
 * dev.llmgateway.client.chat.ChatCompletionChunk} and {@code
 * dev.llmgateway.client.completions.Completion} extend this class; it is not meant to be extended
 * elsewhere.
 */
@WireStyle
public abstract class CompletionEnvelope implements Extensible {

  /** Creates the envelope of a response class. */
  protected CompletionEnvelope() {}

  /**
   * Returns the completion id.
   *
   * @return the value, {@code ""} when absent
   */
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String id() {
    return "";
  }

  /**
   * Returns the object type as sent; {@link #object()} is what to read.
   *
   * @return the value, or empty when absent
   */
  @JsonProperty("object")
  public abstract Optional<String> objectRaw();

  /**
   * Returns the object type: {@code chat.completion}, {@code chat.completion.chunk} or {@code
   * text_completion}.
   *
   * @return the value, or the type the concrete class stands for when absent
   */
  public String object() {
    return objectRaw().orElse(defaultObject());
  }

  /**
   * Returns the object type the concrete class stands for.
   *
   * @return the type, e.g. {@code chat.completion}
   */
  protected String defaultObject() {
    return "";
  }

  /**
   * Returns the creation time in seconds since the epoch.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("created")
  public abstract OptionalLong created();

  /**
   * Returns the model that generates the output.
   *
   * @return the value, {@code ""} when absent
   */
  @JsonProperty("model")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String model() {
    return "";
  }

  /**
   * Returns the token usage. A stream carries it in its last chunk, or in every chunk with
   * continuous usage stats.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("usage")
  public abstract Optional<Usage> usage();

  /**
   * Returns the backend configuration fingerprint.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("system_fingerprint")
  public abstract Optional<String> systemFingerprint();
}
