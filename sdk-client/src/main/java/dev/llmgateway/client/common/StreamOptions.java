package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Options of a streamed call ({@code stream_options}). This class is immutable. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableStreamOptions.class)
public abstract class StreamOptions implements Extensible {

  StreamOptions() {}

  /**
   * Returns whether the server sends a final chunk with {@code usage} and no choices.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("include_usage")
  public abstract Optional<Boolean> includeUsage();

  /**
   * Returns whether vLLM adds {@code usage} to every chunk.
   *
   * @return the value, or empty when not set
   */
  @JsonProperty("continuous_usage_stats")
  public abstract Optional<Boolean> continuousUsageStats();

  /**
   * Returns options that ask for a final usage chunk ({@code include_usage: true}).
   *
   * @return the options
   */
  public static StreamOptions includingUsage() {
    return builder().includeUsage(true).build();
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
    return builder().from(this);
  }

  /** Builds {@link StreamOptions} values. No field is required. */
  public static final class Builder extends ImmutableStreamOptions.Builder {
    Builder() {}
  }
}
