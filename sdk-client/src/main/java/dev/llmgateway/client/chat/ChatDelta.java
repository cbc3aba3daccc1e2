package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The new part of a message in a stream chunk. This class is immutable. */
@JsonPropertyOrder({"role", "content", "tool_calls", "reasoning", "reasoning_content"})
public final class ChatDelta {

  @JsonProperty("role")
  private @Nullable Role role;

  @JsonProperty("content")
  private @Nullable String content;

  private @Nullable List<ToolCallDelta> toolCalls;

  @JsonProperty("reasoning")
  private @Nullable String reasoning;

  @JsonProperty("reasoning_content")
  private @Nullable String reasoningContent;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ChatDelta() {}

  private ChatDelta(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.toolCalls = b.toolCalls == null ? null : Props.copy(b.toolCalls, "toolCalls");
    this.reasoning = b.reasoning;
    this.reasoningContent = b.reasoningContent;
    this.additionalProperties = Props.copyOrNull(b.additionalProperties);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = role;
    b.content = content;
    b.toolCalls = toolCalls == null ? null : new ArrayList<>(toolCalls);
    b.reasoning = reasoning;
    b.reasoningContent = reasoningContent;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the role, usually only in the first chunk.
   *
   * @return the value, or empty when not set
   */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /**
   * Returns the next piece of text.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /**
   * Returns pieces of tool calls.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ToolCallDelta> toolCalls() {
    return toolCalls == null ? List.of() : toolCalls;
  }

  /**
   * Returns properties the server sent that this class does not model; they are written back when
   * this value is serialized.
   *
   * @return an unmodifiable map of plain Java values
   */
  public Map<String, @Nullable Object> additionalProperties() {
    return Props.view(additionalProperties);
  }

  @JsonProperty("tool_calls")
  private @Nullable List<ToolCallDelta> toolCallsJson() {
    return toolCalls;
  }

  @JsonProperty("tool_calls")
  private void toolCallsJson(@Nullable List<ToolCallDelta> value) {
    this.toolCalls = value == null ? null : Props.wrap(value);
  }

  /**
   * Returns the reasoning text of a reasoning model: vLLM's {@code reasoning}, or the older {@code
   * reasoning_content} when only that was sent.
   *
   * @return the reasoning, or empty when none was sent
   */
  public Optional<String> reasoning() {
    return Optional.ofNullable(reasoning != null ? reasoning : reasoningContent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatDelta)) {
      return false;
    }
    ChatDelta that = (ChatDelta) o;
    return Objects.equals(role, that.role)
        && Objects.equals(content, that.content)
        && Objects.equals(toolCalls(), that.toolCalls())
        && Objects.equals(reasoning, that.reasoning)
        && Objects.equals(reasoningContent, that.reasoningContent)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        role,
        content,
        toolCalls(),
        reasoning,
        reasoningContent,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatDelta} values. No field is required. */
  public static final class Builder {
    private @Nullable Role role;
    private @Nullable String content;
    private @Nullable List<ToolCallDelta> toolCalls;
    private @Nullable String reasoning;
    private @Nullable String reasoningContent;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the role, usually only in the first chunk.
     *
     * @param role the value, or {@code null} to unset
     * @return this builder
     */
    public Builder role(@Nullable Role role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the next piece of text.
     *
     * @param content the value, or {@code null} to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Replaces pieces of tool calls.
     *
     * @param toolCalls the values
     * @return this builder
     */
    public Builder toolCalls(List<? extends ToolCallDelta> toolCalls) {
      this.toolCalls = new ArrayList<>(Objects.requireNonNull(toolCalls, "toolCalls == null"));
      return this;
    }

    /**
     * Adds one of pieces of tool calls.
     *
     * @param toolCall the value
     * @return this builder
     */
    public Builder addToolCall(ToolCallDelta toolCall) {
      if (this.toolCalls == null) {
        this.toolCalls = new ArrayList<>();
      }
      this.toolCalls.add(Objects.requireNonNull(toolCall, "toolCall == null"));
      return this;
    }

    /**
     * Adds a property that this class does not model.
     *
     * @param key the JSON property name
     * @param value a plain Java value (map, list, string, number, boolean or null)
     * @return this builder
     */
    public Builder putAdditionalProperty(String key, @Nullable Object value) {
      additionalProperties.put(Objects.requireNonNull(key, "key == null"), value);
      return this;
    }

    /**
     * Replaces all properties that this class does not model.
     *
     * @param additionalProperties the properties
     * @return this builder
     */
    public Builder additionalProperties(
        Map<String, ? extends @Nullable Object> additionalProperties) {
      this.additionalProperties.clear();
      this.additionalProperties.putAll(
          Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Sets the reasoning text (written as {@code reasoning}).
     *
     * @param reasoning the reasoning, or {@code null} to unset
     * @return this builder
     */
    public Builder reasoning(@Nullable String reasoning) {
      this.reasoning = reasoning;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a field is invalid (the message names it)
     * @throws NullPointerException if a required field is missing (the message names it)
     */
    public ChatDelta build() {
      return new ChatDelta(this);
    }
  }
}
