package dev.llmgateway.admin.k8s.gke;

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
 * One extension of a {@link GcpTrafficExtension} chain: the backend the load balancer calls, the
 * events it sends and how. Immutable; unset fields are not serialized. The CRD's rules are checked
 * when the {@link GcpTrafficExtension} is built, so messages name the full field path.
 *
 * <pre>{@code
 * Extension apigee = Extension.builder()
 *     .name("my-apigee-extension")
 *     .backendRef(ExtensionBackendRef.apigeeBackendService("apigee-llm-inf-gw"))
 *     .putMetadata("apigee-extension-processor", "apigee-llm-inf-gw")
 *     .failOpen(false)
 *     .requestBodySendMode(BodySendMode.FULL_DUPLEX_STREAMED)
 *     .supportedEvents(List.of(ExtensionEvent.values()))
 *     .timeout("1s")
 *     .build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "name",
  "authority",
  "metadata",
  "failOpen",
  "observabilityMode",
  "forwardHeaders",
  "requestBodySendMode",
  "responseBodySendMode",
  "supportedEvents",
  "timeout",
  "googleAPIServiceName",
  "backendRef"
})
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Extension {

  @JsonProperty("name")
  private String name = "";

  @JsonProperty("authority")
  private @Nullable String authority;

  @JsonProperty("metadata")
  private @Nullable Map<String, String> metadata;

  @JsonProperty("failOpen")
  private @Nullable Boolean failOpen;

  @JsonProperty("observabilityMode")
  private @Nullable Boolean observabilityMode;

  @JsonProperty("forwardHeaders")
  private @Nullable List<String> forwardHeaders;

  @JsonProperty("requestBodySendMode")
  private @Nullable String requestBodySendMode;

  @JsonProperty("responseBodySendMode")
  private @Nullable String responseBodySendMode;

  @JsonProperty("supportedEvents")
  private @Nullable List<String> supportedEvents;

  @JsonProperty("timeout")
  private @Nullable String timeout;

  @JsonProperty("googleAPIServiceName")
  private @Nullable String googleApiServiceName;

  @JsonProperty("backendRef")
  private @Nullable ExtensionBackendRef backendRef;

  private Extension() {}

  /**
   * Returns a builder. Required: {@code name}, at least one supported event and exactly one of
   * {@code backendRef} or {@code googleApiServiceName}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this extension.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.authority = authority;
    b.metadata.putAll(metadata());
    b.failOpen = failOpen;
    b.observabilityMode = observabilityMode;
    b.forwardHeaders = forwardHeaders == null ? null : new ArrayList<>(forwardHeaders);
    b.requestBodySendMode = mode(requestBodySendMode);
    b.responseBodySendMode = mode(responseBodySendMode);
    if (supportedEvents != null) {
      b.supportedEvents = new ArrayList<>();
      for (String event : supportedEvents) {
        for (ExtensionEvent e : ExtensionEvent.values()) {
          if (e.wireValue().equals(event)) {
            b.supportedEvents.add(e);
          }
        }
      }
    }
    b.timeout = timeout;
    b.googleApiServiceName = googleApiServiceName;
    b.backendRef = backendRef;
    return b;
  }

  private static @Nullable BodySendMode mode(@Nullable String wire) {
    for (BodySendMode m : BodySendMode.values()) {
      if (m.wireValue().equals(wire)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Returns the extension name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the authority header sent to a Service backend.
   *
   * @return the authority, or null
   */
  public @Nullable String authority() {
    return authority;
  }

  /**
   * Returns the metadata passed to the extension.
   *
   * @return the metadata, empty when unset
   */
  public Map<String, String> metadata() {
    return metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /**
   * Returns whether requests proceed when the extension fails.
   *
   * @return the flag, or null when unset
   */
  public @Nullable Boolean failOpen() {
    return failOpen;
  }

  /**
   * Returns whether the extension only observes traffic.
   *
   * @return the flag, or null when unset
   */
  public @Nullable Boolean observabilityMode() {
    return observabilityMode;
  }

  /**
   * Returns the headers forwarded to the extension.
   *
   * @return the header names, empty when unset
   */
  public List<String> forwardHeaders() {
    return forwardHeaders == null ? List.of() : List.copyOf(forwardHeaders);
  }

  /**
   * Returns the request body send mode as written in the manifest.
   *
   * @return the mode, or null when unset
   */
  public @Nullable String requestBodySendMode() {
    return requestBodySendMode;
  }

  /**
   * Returns the response body send mode as written in the manifest.
   *
   * @return the mode, or null when unset
   */
  public @Nullable String responseBodySendMode() {
    return responseBodySendMode;
  }

  /**
   * Returns the supported events as written in the manifest.
   *
   * @return the events, empty when unset
   */
  public List<String> supportedEvents() {
    return supportedEvents == null ? List.of() : List.copyOf(supportedEvents);
  }

  /**
   * Returns the timeout, a Go duration such as {@code 1s} or {@code 500ms}.
   *
   * @return the timeout, or null when unset
   */
  public @Nullable String timeout() {
    return timeout;
  }

  /**
   * Returns the Google API service name used instead of a backendRef.
   *
   * @return the service name, or null
   */
  public @Nullable String googleApiServiceName() {
    return googleApiServiceName;
  }

  /**
   * Returns the backend reference.
   *
   * @return the reference, or null when a Google API service is used
   */
  public @Nullable ExtensionBackendRef backendRef() {
    return backendRef;
  }

  /** Builds an {@link Extension}. */
  public static final class Builder {
    private String name = "";
    private @Nullable String authority;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private @Nullable Boolean failOpen;
    private @Nullable Boolean observabilityMode;
    private @Nullable List<String> forwardHeaders;
    private @Nullable BodySendMode requestBodySendMode;
    private @Nullable BodySendMode responseBodySendMode;
    private @Nullable List<ExtensionEvent> supportedEvents;
    private @Nullable String timeout;
    private @Nullable String googleApiServiceName;
    private @Nullable ExtensionBackendRef backendRef;

    private Builder() {}

    /**
     * Sets the name (required; lower-case letters, digits and dashes, at most 63).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the authority (required for Service and ServiceImport backends, forbidden otherwise).
     *
     * @param authority the authority, or null
     * @return this builder
     */
    public Builder authority(@Nullable String authority) {
      this.authority = authority;
      return this;
    }

    /**
     * Adds a metadata entry (at most 16).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putMetadata(String key, String value) {
      metadata.put(key, value);
      return this;
    }

    /**
     * Sets whether requests proceed when the extension fails; unset is not sent.
     *
     * @param failOpen the flag, or null
     * @return this builder
     */
    public Builder failOpen(@Nullable Boolean failOpen) {
      this.failOpen = failOpen;
      return this;
    }

    /**
     * Sets observability mode; unset is not sent.
     *
     * @param observabilityMode the flag, or null
     * @return this builder
     */
    public Builder observabilityMode(@Nullable Boolean observabilityMode) {
      this.observabilityMode = observabilityMode;
      return this;
    }

    /**
     * Sets the headers forwarded to the extension (at most 50).
     *
     * @param headers the header names, or null to leave unset
     * @return this builder
     */
    public Builder forwardHeaders(@Nullable List<String> headers) {
      this.forwardHeaders = headers == null ? null : new ArrayList<>(headers);
      return this;
    }

    /**
     * Adds a header forwarded to the extension.
     *
     * @param header the header name
     * @return this builder
     */
    public Builder addForwardHeader(String header) {
      if (forwardHeaders == null) {
        forwardHeaders = new ArrayList<>();
      }
      forwardHeaders.add(header);
      return this;
    }

    /**
     * Sets the request body send mode; unset is not sent.
     *
     * @param mode the mode, or null
     * @return this builder
     */
    public Builder requestBodySendMode(@Nullable BodySendMode mode) {
      this.requestBodySendMode = mode;
      return this;
    }

    /**
     * Sets the response body send mode; unset is not sent.
     *
     * @param mode the mode, or null
     * @return this builder
     */
    public Builder responseBodySendMode(@Nullable BodySendMode mode) {
      this.responseBodySendMode = mode;
      return this;
    }

    /**
     * Sets the supported events (1 to 6, required by the CRD's CEL rule).
     *
     * @param events the events in manifest order
     * @return this builder
     */
    public Builder supportedEvents(List<ExtensionEvent> events) {
      this.supportedEvents = new ArrayList<>(events);
      return this;
    }

    /**
     * Adds a supported event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder addSupportedEvent(ExtensionEvent event) {
      if (supportedEvents == null) {
        supportedEvents = new ArrayList<>();
      }
      supportedEvents.add(event);
      return this;
    }

    /**
     * Sets the timeout, a Go duration between 10ms and 10s such as {@code 1s}.
     *
     * @param timeout the timeout, or null
     * @return this builder
     */
    public Builder timeout(@Nullable String timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets a Google API service name instead of a backendRef.
     *
     * @param serviceName the service, for example {@code modelarmor.us-central1.rep.googleapis.com}
     * @return this builder
     */
    public Builder googleApiServiceName(@Nullable String serviceName) {
      this.googleApiServiceName = serviceName;
      return this;
    }

    /**
     * Sets the backend.
     *
     * @param backendRef the backend, or null
     * @return this builder
     */
    public Builder backendRef(@Nullable ExtensionBackendRef backendRef) {
      this.backendRef = backendRef;
      return this;
    }

    /**
     * Builds the extension; the CRD's rules are checked by {@link GcpTrafficExtension.Builder}.
     *
     * @return the extension
     */
    public Extension build() {
      Extension e = new Extension();
      e.name = name;
      e.authority = authority;
      e.metadata = metadata.isEmpty() ? null : new LinkedHashMap<>(metadata);
      e.failOpen = failOpen;
      e.observabilityMode = observabilityMode;
      e.forwardHeaders = forwardHeaders == null ? null : List.copyOf(forwardHeaders);
      e.requestBodySendMode = requestBodySendMode == null ? null : requestBodySendMode.wireValue();
      e.responseBodySendMode =
          responseBodySendMode == null ? null : responseBodySendMode.wireValue();
      e.supportedEvents =
          supportedEvents == null
              ? null
              : supportedEvents.stream().map(ExtensionEvent::wireValue).toList();
      e.timeout = timeout;
      e.googleApiServiceName = googleApiServiceName;
      e.backendRef = backendRef;
      return e;
    }
  }
}
