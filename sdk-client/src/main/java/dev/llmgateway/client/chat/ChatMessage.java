package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import dev.llmgateway.client.internal.json.Json;
import dev.llmgateway.client.internal.json.MessageContentDeserializer;
import dev.llmgateway.client.internal.json.Props;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A chat message, in a request or as the model's answer. Content is text or a list of parts (text
 * and images); assistant messages may carry tool calls and reasoning. This class is immutable.
 *
 * <pre>{@code
 * ChatMessage.system("You are terse.");
 * ChatMessage.user("What is the capital of France?");
 * ChatMessage.user(List.of(ContentPart.ofText("What is this?"), ContentPart.ofImageUrl(url)));
 * ChatMessage.tool(call.id(), "{\"temp\": 21}");
 * }</pre>
 */
@JsonPropertyOrder({
  "role",
  "content",
  "name",
  "tool_calls",
  "tool_call_id",
  "reasoning",
  "reasoning_content"
})
public final class ChatMessage {

  @JsonProperty("role")
  private @Nullable Role role;

  private @Nullable String content;

  private @Nullable List<ContentPart> contentParts;

  @JsonProperty("name")
  private @Nullable String name;

  private @Nullable List<ToolCall> toolCalls;

  @JsonProperty("tool_call_id")
  private @Nullable String toolCallId;

  @JsonProperty("reasoning")
  private @Nullable String reasoning;

  @JsonProperty("reasoning_content")
  private @Nullable String reasoningContent;

  // A field, not a method: Jackson 3 calls any-setter methods through a slow reflective path.
  @JsonAnySetter @JsonAnyGetter
  private @Nullable Map<String, @Nullable Object> additionalProperties;

  private ChatMessage() {}

  private ChatMessage(Builder b) {
    this.role = b.role;
    this.content = b.content;
    this.contentParts = b.contentParts;
    this.name = b.name;
    this.toolCalls = b.toolCalls == null ? null : Props.copy(b.toolCalls, "toolCalls");
    this.toolCallId = b.toolCallId;
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
    b.contentParts = contentParts;
    b.name = name;
    b.toolCalls = toolCalls == null ? null : new ArrayList<>(toolCalls);
    b.toolCallId = toolCallId;
    b.reasoning = reasoning;
    b.reasoningContent = reasoningContent;
    if (additionalProperties != null) {
      b.additionalProperties.putAll(additionalProperties);
    }
    return b;
  }

  /**
   * Returns the author of the message ({@link Role#ASSISTANT} when a response omits it).
   *
   * @return the value, a default when absent
   */
  public Role role() {
    return role == null ? Role.ASSISTANT : role;
  }

  /**
   * Returns the name of the participant.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the tool calls of an assistant message.
   *
   * @return an unmodifiable list, empty when absent
   */
  public List<ToolCall> toolCalls() {
    return toolCalls == null ? List.of() : toolCalls;
  }

  /**
   * Returns the id of the tool call that a tool message answers.
   *
   * @return the value, or empty when not set
   */
  public Optional<String> toolCallId() {
    return Optional.ofNullable(toolCallId);
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
  private @Nullable List<ToolCall> toolCallsJson() {
    return toolCalls;
  }

  @JsonProperty("tool_calls")
  private void toolCallsJson(@Nullable List<ToolCall> value) {
    this.toolCalls = value == null ? null : Props.wrap(value);
  }

  /**
   * Returns a system message.
   *
   * @param content the instructions
   * @return the message
   */
  public static ChatMessage system(String content) {
    return builder().role(Role.SYSTEM).content(content).build();
  }

  /**
   * Returns a user message with text content.
   *
   * @param content the text
   * @return the message
   */
  public static ChatMessage user(String content) {
    return builder().role(Role.USER).content(content).build();
  }

  /**
   * Returns a user message with content parts (text and images).
   *
   * @param parts the parts
   * @return the message
   */
  public static ChatMessage user(List<ContentPart> parts) {
    return builder().role(Role.USER).contentParts(parts).build();
  }

  /**
   * Returns an assistant message with text content, e.g. an earlier answer in a conversation.
   *
   * @param content the text
   * @return the message
   */
  public static ChatMessage assistant(String content) {
    return builder().role(Role.ASSISTANT).content(content).build();
  }

  /**
   * Returns a tool message answering a tool call.
   *
   * @param toolCallId the id of the answered {@link ToolCall}
   * @param content the tool result
   * @return the message
   */
  public static ChatMessage tool(String toolCallId, String content) {
    Props.checkNotBlank("toolCallId", toolCallId);
    return builder().role(Role.TOOL).toolCallId(toolCallId).content(content).build();
  }

  /**
   * Returns the text content; for a message made of parts, the text parts joined.
   *
   * @return the text, or empty when the message has no content ({@code content: null})
   */
  public Optional<String> content() {
    if (content != null) {
      return Optional.of(content);
    }
    if (contentParts == null) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    for (ContentPart part : contentParts) {
      part.text().ifPresent(sb::append);
    }
    return Optional.of(sb.toString());
  }

  /**
   * Returns the content parts of a multi-part message.
   *
   * @return an unmodifiable list, empty when the content is text or absent
   */
  public List<ContentPart> contentParts() {
    return contentParts == null ? List.of() : contentParts;
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

  @JsonProperty("content")
  private @Nullable Object contentJson() {
    return contentParts != null ? contentParts : content;
  }

  @JsonSetter("content")
  @JsonDeserialize(using = MessageContentDeserializer.class)
  @SuppressWarnings("unchecked")
  private void contentJson(@Nullable Object value) {
    if (value instanceof List) {
      this.contentParts = Props.wrap((List<ContentPart>) value);
      this.content = null;
    } else {
      this.content = (String) value;
      this.contentParts = null;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof ChatMessage)) {
      return false;
    }
    ChatMessage that = (ChatMessage) o;
    return Objects.equals(role, that.role)
        && Objects.equals(content, that.content)
        && Objects.equals(contentParts, that.contentParts)
        && Objects.equals(name, that.name)
        && Objects.equals(toolCalls(), that.toolCalls())
        && Objects.equals(toolCallId, that.toolCallId)
        && Objects.equals(reasoning, that.reasoning)
        && Objects.equals(reasoningContent, that.reasoningContent)
        && Props.sameProps(additionalProperties, that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        role,
        content,
        contentParts,
        name,
        toolCalls(),
        toolCallId,
        reasoning,
        reasoningContent,
        Props.propsHash(additionalProperties));
  }

  @Override
  public String toString() {
    return Json.toString(this);
  }

  /** Builds {@link ChatMessage} values. Required: {@code role}. */
  public static final class Builder {
    private @Nullable Role role;
    private @Nullable String content;
    private @Nullable List<ContentPart> contentParts;
    private @Nullable String name;
    private @Nullable List<ToolCall> toolCalls;
    private @Nullable String toolCallId;
    private @Nullable String reasoning;
    private @Nullable String reasoningContent;
    private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the author of the message ({@link Role#ASSISTANT} when a response omits it).
     *
     * @param role the value
     * @return this builder
     */
    public Builder role(Role role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the name of the participant.
     *
     * @param name the value, or {@code null} to unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Replaces the tool calls of an assistant message.
     *
     * @param toolCalls the values
     * @return this builder
     */
    public Builder toolCalls(List<? extends ToolCall> toolCalls) {
      this.toolCalls = new ArrayList<>(Objects.requireNonNull(toolCalls, "toolCalls == null"));
      return this;
    }

    /**
     * Adds one of the tool calls of an assistant message.
     *
     * @param toolCall the value
     * @return this builder
     */
    public Builder addToolCall(ToolCall toolCall) {
      if (this.toolCalls == null) {
        this.toolCalls = new ArrayList<>();
      }
      this.toolCalls.add(Objects.requireNonNull(toolCall, "toolCall == null"));
      return this;
    }

    /**
     * Sets the id of the tool call that a tool message answers.
     *
     * @param toolCallId the value, or {@code null} to unset
     * @return this builder
     */
    public Builder toolCallId(@Nullable String toolCallId) {
      this.toolCallId = toolCallId;
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
     * Sets text content, replacing any parts.
     *
     * @param content the text, or {@code null} for none
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      this.contentParts = null;
      return this;
    }

    /**
     * Sets content parts (text and images), replacing any text content.
     *
     * @param contentParts the parts
     * @return this builder
     */
    public Builder contentParts(List<ContentPart> contentParts) {
      this.contentParts = Props.copy(contentParts, "contentParts");
      this.content = null;
      return this;
    }

    /**
     * Adds a content part; text content set before becomes a text part first.
     *
     * @param part the part
     * @return this builder
     */
    public Builder addContentPart(ContentPart part) {
      List<ContentPart> parts = new ArrayList<>();
      if (content != null) {
        parts.add(ContentPart.ofText(content));
      } else if (contentParts != null) {
        parts.addAll(contentParts);
      }
      parts.add(Objects.requireNonNull(part, "part == null"));
      return contentParts(parts);
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
    public ChatMessage build() {
      Objects.requireNonNull(role, "role must not be null");
      return new ChatMessage(this);
    }
  }
}
