package dev.llmgateway.admin.k8s.gke;

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
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableExtension.class)
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
public abstract class Extension {

  Extension() {}

  /**
   * Returns a builder. Required: {@code name}, at least one supported event and exactly one of
   * {@code backendRef} or {@code googleApiServiceName}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableExtension.builder();
  }

  /**
   * Returns a builder initialised from this extension.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return ImmutableExtension.builder().from(this);
  }

  /**
   * Returns the extension name.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the authority header sent to a Service backend.
   *
   * @return the authority, or null
   */
  public abstract @Nullable String authority();

  /**
   * Returns the metadata passed to the extension.
   *
   * @return the metadata, empty when unset
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<String, String> metadata();

  /**
   * Returns whether requests proceed when the extension fails.
   *
   * @return the flag, or null when unset
   */
  public abstract @Nullable Boolean failOpen();

  /**
   * Returns whether the extension only observes traffic.
   *
   * @return the flag, or null when unset
   */
  public abstract @Nullable Boolean observabilityMode();

  /**
   * Returns the headers forwarded to the extension.
   *
   * @return the header names, empty when unset
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> forwardHeaders();

  /**
   * Returns the request body send mode as written in the manifest.
   *
   * @return the mode, or null when unset
   */
  public abstract @Nullable String requestBodySendMode();

  /**
   * Returns the response body send mode as written in the manifest.
   *
   * @return the mode, or null when unset
   */
  public abstract @Nullable String responseBodySendMode();

  /**
   * Returns the supported events as written in the manifest.
   *
   * @return the events, empty when unset
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> supportedEvents();

  /**
   * Returns the timeout, a Go duration such as {@code 1s} or {@code 500ms}.
   *
   * @return the timeout, or null when unset
   */
  public abstract @Nullable String timeout();

  /**
   * Returns the Google API service name used instead of a backendRef.
   *
   * @return the service name, or null
   */
  @JsonProperty("googleAPIServiceName")
  public abstract @Nullable String googleApiServiceName();

  /**
   * Returns the backend reference.
   *
   * @return the reference, or null when a Google API service is used
   */
  public abstract @Nullable ExtensionBackendRef backendRef();

  /**
   * Builds an {@link Extension}; the CRD's rules are checked by {@link
   * GcpTrafficExtension.Builder}. The generated implementation also takes the manifest's strings
   * for the send modes and events.
   */
  public abstract static class Builder {

    Builder() {}

    /**
     * Sets the name (required; lower-case letters, digits and dashes, at most 63).
     *
     * @param name the name
     * @return this builder
     */
    public abstract Builder name(String name);

    /**
     * Sets the authority (required for Service and ServiceImport backends, forbidden otherwise).
     *
     * @param authority the authority, or null
     * @return this builder
     */
    public abstract Builder authority(@Nullable String authority);

    /**
     * Adds a metadata entry (at most 16).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public abstract Builder putMetadata(String key, String value);

    /**
     * Sets whether requests proceed when the extension fails; unset is not sent.
     *
     * @param failOpen the flag, or null
     * @return this builder
     */
    public abstract Builder failOpen(@Nullable Boolean failOpen);

    /**
     * Sets observability mode; unset is not sent.
     *
     * @param observabilityMode the flag, or null
     * @return this builder
     */
    public abstract Builder observabilityMode(@Nullable Boolean observabilityMode);

    /**
     * Sets the headers forwarded to the extension (at most 50).
     *
     * @param headers the header names, or null to leave unset
     * @return this builder
     */
    public Builder forwardHeaders(@Nullable List<String> headers) {
      return forwardHeaders((Iterable<String>) (headers == null ? List.of() : headers));
    }

    abstract Builder forwardHeaders(Iterable<String> headers);

    /**
     * Adds a header forwarded to the extension.
     *
     * @param header the header name
     * @return this builder
     */
    public abstract Builder addForwardHeader(String header);

    /**
     * Sets the request body send mode; unset is not sent.
     *
     * @param mode the mode, or null
     * @return this builder
     */
    public Builder requestBodySendMode(@Nullable BodySendMode mode) {
      return requestBodySendMode(mode == null ? null : mode.wireValue());
    }

    abstract Builder requestBodySendMode(@Nullable String mode);

    /**
     * Sets the response body send mode; unset is not sent.
     *
     * @param mode the mode, or null
     * @return this builder
     */
    public Builder responseBodySendMode(@Nullable BodySendMode mode) {
      return responseBodySendMode(mode == null ? null : mode.wireValue());
    }

    abstract Builder responseBodySendMode(@Nullable String mode);

    /**
     * Sets the supported events (1 to 6, required by the CRD's CEL rule).
     *
     * @param events the events in manifest order
     * @return this builder
     */
    public Builder supportedEvents(List<ExtensionEvent> events) {
      return supportedEvents(
          (Iterable<String>) events.stream().map(ExtensionEvent::wireValue).toList());
    }

    abstract Builder supportedEvents(Iterable<String> events);

    /**
     * Adds a supported event.
     *
     * @param event the event
     * @return this builder
     */
    public Builder addSupportedEvent(ExtensionEvent event) {
      return addSupportedEvent(event.wireValue());
    }

    abstract Builder addSupportedEvent(String event);

    /**
     * Sets the timeout, a Go duration between 10ms and 10s such as {@code 1s}.
     *
     * @param timeout the timeout, or null
     * @return this builder
     */
    public abstract Builder timeout(@Nullable String timeout);

    /**
     * Sets a Google API service name instead of a backendRef.
     *
     * @param serviceName the service, for example {@code modelarmor.us-central1.rep.googleapis.com}
     * @return this builder
     */
    public abstract Builder googleApiServiceName(@Nullable String serviceName);

    /**
     * Sets the backend.
     *
     * @param backendRef the backend, or null
     * @return this builder
     */
    public abstract Builder backendRef(@Nullable ExtensionBackendRef backendRef);

    /**
     * Builds the extension; the CRD's rules are checked by {@link GcpTrafficExtension.Builder}.
     *
     * @return the extension
     */
    public abstract Extension build();
  }
}
