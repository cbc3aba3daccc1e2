package dev.llmgateway.admin.k8s.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spec} of an {@link InferencePool}: the model-server pods it selects, the port they
 * serve on and the Endpoint Picker that routes to them. Built by {@link InferencePool.Builder};
 * immutable from the outside.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"targetPorts", "selector", "endpointPickerRef"})
public final class InferencePoolSpec {

  @JsonProperty("targetPorts")
  private List<Port> targetPorts = new ArrayList<>();

  @JsonProperty("selector")
  private Selector selector = new Selector();

  @JsonProperty("endpointPickerRef")
  private EndpointPickerRef endpointPickerRef = new EndpointPickerRef();

  private InferencePoolSpec() {}

  static InferencePoolSpec of(List<Port> ports, Selector selector, EndpointPickerRef ref) {
    InferencePoolSpec spec = new InferencePoolSpec();
    spec.targetPorts = new ArrayList<>(ports);
    spec.selector = selector;
    spec.endpointPickerRef = ref;
    return spec;
  }

  /**
   * Returns the model servers' target ports (exactly one).
   *
   * @return the ports
   */
  public List<Port> targetPorts() {
    return List.copyOf(targetPorts);
  }

  /**
   * Returns the pod selector.
   *
   * @return the selector
   */
  public Selector selector() {
    return selector;
  }

  /**
   * Returns the Endpoint Picker reference.
   *
   * @return the reference
   */
  public EndpointPickerRef endpointPickerRef() {
    return endpointPickerRef;
  }

  /** A port number ({@code {number: N}}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Port {
    @JsonProperty("number")
    private int number;

    private Port() {}

    static Port of(int number) {
      Port p = new Port();
      p.number = number;
      return p;
    }

    /**
     * Returns the port number.
     *
     * @return the number
     */
    public int number() {
      return number;
    }
  }

  /** The pod selector: only {@code matchLabels} is allowed. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Selector {
    @JsonProperty("matchLabels")
    private Map<String, String> matchLabels = new LinkedHashMap<>();

    private Selector() {}

    static Selector of(Map<String, String> labels) {
      Selector s = new Selector();
      s.matchLabels = new LinkedHashMap<>(labels);
      return s;
    }

    /**
     * Returns the labels a model-server pod must carry.
     *
     * @return the labels
     */
    public Map<String, String> matchLabels() {
      return Collections.unmodifiableMap(new LinkedHashMap<>(matchLabels));
    }
  }

  /** Reference to the Endpoint Picker service. Unset optional fields are not serialized. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"group", "kind", "name", "port", "failureMode"})
  public static final class EndpointPickerRef {
    @JsonProperty("group")
    private @Nullable String group;

    @JsonProperty("kind")
    private @Nullable String kind;

    @JsonProperty("name")
    private String name = "";

    @JsonProperty("port")
    private @Nullable Port port;

    @JsonProperty("failureMode")
    private @Nullable String failureMode;

    private EndpointPickerRef() {}

    static EndpointPickerRef of(
        @Nullable String group,
        @Nullable String kind,
        String name,
        @Nullable Integer port,
        @Nullable FailureMode failureMode) {
      EndpointPickerRef r = new EndpointPickerRef();
      r.group = group;
      r.kind = kind;
      r.name = name;
      r.port = port == null ? null : Port.of(port);
      r.failureMode = failureMode == null ? null : failureMode.wireValue();
      return r;
    }

    /**
     * Returns the API group of the picker ({@code ""}, the core group, when unset).
     *
     * @return the group, or null when unset
     */
    public @Nullable String group() {
      return group;
    }

    /**
     * Returns the kind of the picker ({@code Service} when unset).
     *
     * @return the kind, or null when unset
     */
    public @Nullable String kind() {
      return kind;
    }

    /**
     * Returns the picker's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the picker's port.
     *
     * @return the port number, or null when unset
     */
    public @Nullable Integer port() {
      return port == null ? null : port.number();
    }

    /**
     * Returns the failure mode as sent ({@code FailOpen} or {@code FailClose}).
     *
     * @return the failure mode, or null when unset (the server defaults to {@code FailClose})
     */
    public @Nullable String failureMode() {
      return failureMode;
    }
  }
}
