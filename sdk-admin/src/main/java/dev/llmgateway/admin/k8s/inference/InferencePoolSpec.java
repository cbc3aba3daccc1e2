package dev.llmgateway.admin.k8s.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code spec} of an {@link InferencePool}: the model-server pods it selects, the port they
 * serve on and the Endpoint Picker that routes to them. Built by {@link InferencePool.Builder};
 * immutable.
 */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableInferencePoolSpec.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetPorts", "selector", "endpointPickerRef"})
public abstract class InferencePoolSpec {

  InferencePoolSpec() {}

  /**
   * Returns the model servers' target ports (exactly one).
   *
   * @return the ports
   */
  public abstract List<Port> targetPorts();

  /**
   * Returns the pod selector.
   *
   * @return the selector
   */
  @Value.Default
  public Selector selector() {
    return new Selector.Builder().build();
  }

  /**
   * Returns the Endpoint Picker reference.
   *
   * @return the reference
   */
  @Value.Default
  public EndpointPickerRef endpointPickerRef() {
    return new EndpointPickerRef.Builder().build();
  }

  static final class Builder extends ImmutableInferencePoolSpec.Builder {}

  /** A port number ({@code {number: N}}). */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableInferencePoolSpec.Port.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public abstract static class Port {

    Port() {}

    static Port of(int number) {
      return new Builder().number(number).build();
    }

    /**
     * Returns the port number.
     *
     * @return the number
     */
    @Value.Default
    public int number() {
      return 0;
    }

    static final class Builder extends ImmutableInferencePoolSpec.Port.Builder {}
  }

  /** The pod selector: only {@code matchLabels} is allowed. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableInferencePoolSpec.Selector.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public abstract static class Selector {

    Selector() {}

    /**
     * Returns the labels a model-server pod must carry.
     *
     * @return the labels
     */
    public abstract Map<String, String> matchLabels();

    static final class Builder extends ImmutableInferencePoolSpec.Selector.Builder {}
  }

  /** Reference to the Endpoint Picker service. Unset optional fields are not serialized. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableInferencePoolSpec.EndpointPickerRef.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"group", "kind", "name", "port", "failureMode"})
  public abstract static class EndpointPickerRef {

    EndpointPickerRef() {}

    /**
     * Returns the API group of the picker ({@code ""}, the core group, when unset).
     *
     * @return the group, or null when unset
     */
    public abstract @Nullable String group();

    /**
     * Returns the kind of the picker ({@code Service} when unset).
     *
     * @return the kind, or null when unset
     */
    public abstract @Nullable String kind();

    /**
     * Returns the picker's name.
     *
     * @return the name
     */
    @Value.Default
    public String name() {
      return "";
    }

    @JsonProperty("port")
    abstract @Nullable Port portNumber();

    /**
     * Returns the failure mode as sent ({@code FailOpen} or {@code FailClose}).
     *
     * @return the failure mode, or null when unset (the server defaults to {@code FailClose})
     */
    public abstract @Nullable String failureMode();

    /**
     * Returns the picker's port.
     *
     * @return the port number, or null when unset
     */
    public @Nullable Integer port() {
      Port port = portNumber();
      return port == null ? null : port.number();
    }

    static final class Builder extends ImmutableInferencePoolSpec.EndpointPickerRef.Builder {}
  }
}
