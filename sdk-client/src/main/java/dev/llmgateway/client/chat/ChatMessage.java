package dev.llmgateway.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.client.internal.check.Checks;
import dev.llmgateway.client.internal.json.MessageContentDeserializer;
import dev.llmgateway.client.internal.json.Props;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
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
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableChatMessage.class)
@JsonPropertyOrder({
  "role",
  "content",
  "name",
  "tool_calls",
  "tool_call_id",
  "reasoning",
  "reasoning_content"
})
public abstract class ChatMessage extends WithReasoning {

  ChatMessage() {}

  /**
   * Returns the role as set or sent; {@link #role()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("role")
  protected abstract @Nullable Role roleRaw();

  /**
   * Returns the content as set or sent: a {@code String} or a {@code List} of {@link ContentPart};
   * {@link #content()} and {@link #contentParts()} are what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("content")
  @JsonDeserialize(using = MessageContentDeserializer.class)
  protected abstract @Nullable Object contentRaw();

  /**
   * Returns the name of the participant.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /**
   * Returns the tool calls of an assistant message.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("tool_calls")
  public abstract List<ToolCall> toolCalls();

  /**
   * Returns the id of the tool call that a tool message answers.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("tool_call_id")
  public abstract Optional<String> toolCallId();

  /**
   * Checks the fields; runs once, when a value is built.
   *
   * @throws IllegalArgumentException if a field is invalid (the message names it)
   */
  @Value.Check
  void check() {
    if (roleRaw() == null) {
      throw new NullPointerException("role must not be null");
    }
    Object content = contentRaw();
    if (content != null && !(content instanceof String) && !(content instanceof List)) {
      throw new IllegalArgumentException("content must be a String or a List of ContentPart");
    }
  }

  /**
   * Returns the author of the message ({@link Role#ASSISTANT} when a response omits it).
   *
   * @return the value, a default when absent
   */
  public Role role() {
    Role role = roleRaw();
    return role != null ? role : Role.ASSISTANT;
  }

  /**
   * Returns the text content; for a message made of parts, the text parts joined.
   *
   * @return the text, or empty when the message has no content ({@code content: null})
   */
  public Optional<String> content() {
    Object content = contentRaw();
    if (content == null || content instanceof String) {
      return Optional.ofNullable((String) content);
    }
    StringBuilder sb = new StringBuilder();
    for (ContentPart part : contentParts()) {
      part.text().ifPresent(sb::append);
    }
    return Optional.of(sb.toString());
  }

  /**
   * Returns the content parts of a multi-part message.
   *
   * @return an unmodifiable list, empty when the content is text or absent
   */
  @SuppressWarnings("unchecked")
  public List<ContentPart> contentParts() {
    Object content = contentRaw();
    return content instanceof List ? (List<ContentPart>) content : List.of();
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
    Checks.notBlank(toolCallId, "toolCallId");
    return builder().role(Role.TOOL).toolCallId(toolCallId).content(content).build();
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
    Builder b = builder().from(this);
    b.content = contentRaw();
    return b;
  }

  /** Builds {@link ChatMessage} values. Required: {@code role}. */
  public static final class Builder extends ImmutableChatMessage.Builder {
    Builder() {}

    private @Nullable Object content;

    /**
     * Sets text content, replacing any parts.
     *
     * @param content the text, or {@code null} for none
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return content((Object) content);
    }

    /**
     * Sets content parts (text and images), replacing any text content.
     *
     * @param contentParts the parts
     * @return this builder
     */
    public Builder contentParts(List<ContentPart> contentParts) {
      List<ContentPart> parts = Props.copy(contentParts, "contentParts");
      this.content = parts;
      return content((Object) parts);
    }

    /**
     * Adds a content part; text content set before becomes a text part first.
     *
     * @param part the part
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public Builder addContentPart(ContentPart part) {
      List<ContentPart> parts = new ArrayList<>();
      if (content instanceof String) {
        parts.add(ContentPart.ofText((String) content));
      } else if (content instanceof List) {
        parts.addAll((List<ContentPart>) content);
      }
      parts.add(Objects.requireNonNull(part, "part == null"));
      return contentParts(parts);
    }
  }
}
