package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.internal.json.WireStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One of the most likely tokens at a position, with its log probability. This class is immutable.
 */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableTopLogprob.class)
public abstract class TopLogprob implements Extensible {

  TopLogprob() {}

  /**
   * Returns the token text.
   *
   * @return the value, {@code ""} when absent
   */
  @JsonProperty("token")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String token() {
    return "";
  }

  /**
   * Returns the log probability (vLLM sends -9999.0 for minus infinity).
   *
   * @return the value
   */
  @JsonProperty("logprob")
  @Value.Default
  public double logprob() {
    return 0;
  }

  /**
   * Returns the UTF-8 bytes of the token.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("bytes")
  public abstract List<Integer> bytes();

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

  /** Builds {@link TopLogprob} values. No field is required. */
  public static final class Builder extends ImmutableTopLogprob.Builder {
    Builder() {}
  }
}
