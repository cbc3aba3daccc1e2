package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A RaiseFault policy: ends the flow with a custom error response (status, reason, headers,
 * payload).
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class RaiseFaultPolicy extends AbstractPolicy {

  private final int statusCode;
  private final @Nullable String reasonPhrase;
  private final Map<String, String> headers;
  private final @Nullable String payload;
  private final String payloadContentType;
  private final @Nullable Boolean ignoreUnresolvedVariables;

  private RaiseFaultPolicy(Builder b) {
    super(b);
    this.statusCode = b.statusCode;
    this.reasonPhrase = b.reasonPhrase;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.payload = b.payload;
    this.payloadContentType =
        Objects.requireNonNull(b.payloadContentType, "payloadContentType == null");
    this.ignoreUnresolvedVariables = b.ignoreUnresolvedVariables;
    BundleXml.checkStatusCode(statusCode);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no fields set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this value's fields.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the HTTP status code (default 500).
   *
   * @return the HTTP status code (default 500)
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the reason phrase.
   *
   * @return the reason phrase, or empty when not set
   */
  public Optional<String> reasonPhrase() {
    return Optional.ofNullable(reasonPhrase);
  }

  /**
   * Returns the response headers.
   *
   * @return the response headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the response payload.
   *
   * @return the response payload, or empty when not set
   */
  public Optional<String> payload() {
    return Optional.ofNullable(payload);
  }

  /**
   * Returns the payload's content type (default {@code application/json}).
   *
   * @return the payload's content type (default {@code application/json})
   */
  public String payloadContentType() {
    return payloadContentType;
  }

  /**
   * Returns whether unresolvable template variables are ignored.
   *
   * @return whether unresolvable template variables are ignored, or empty when not set
   */
  public Optional<Boolean> ignoreUnresolvedVariables() {
    return Optional.ofNullable(ignoreUnresolvedVariables);
  }

  @Override
  public String toXml() {
    Element root = policyElement("RaiseFault");
    BundleXml.messageSet(
        Xml.child(Xml.child(root, "FaultResponse"), "Set"),
        headers,
        payload,
        payloadContentType,
        statusCode,
        reasonPhrase);
    if (ignoreUnresolvedVariables != null) {
      Xml.child(root, "IgnoreUnresolvedVariables", ignoreUnresolvedVariables.toString());
    }
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RaiseFaultPolicy)) {
      return false;
    }
    RaiseFaultPolicy o = (RaiseFaultPolicy) other;
    return commonEquals(o)
        && statusCode == o.statusCode
        && Objects.equals(reasonPhrase, o.reasonPhrase)
        && Objects.equals(headers, o.headers)
        && Objects.equals(payload, o.payload)
        && Objects.equals(payloadContentType, o.payloadContentType)
        && Objects.equals(ignoreUnresolvedVariables, o.ignoreUnresolvedVariables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonHashCode(),
        statusCode,
        reasonPhrase,
        headers,
        payload,
        payloadContentType,
        ignoreUnresolvedVariables);
  }

  @Override
  public String toString() {
    return "RaiseFaultPolicy{"
        + commonToString()
        + ", "
        + "statusCode="
        + statusCode
        + ", "
        + "reasonPhrase="
        + reasonPhrase
        + ", "
        + "headers="
        + headers
        + ", "
        + "payload="
        + payload
        + ", "
        + "payloadContentType="
        + payloadContentType
        + ", "
        + "ignoreUnresolvedVariables="
        + ignoreUnresolvedVariables
        + "}";
  }

  /** Builder of {@link RaiseFaultPolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private int statusCode = 500;
    private @Nullable String reasonPhrase;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable String payload;
    private String payloadContentType = "application/json";
    private @Nullable Boolean ignoreUnresolvedVariables;

    private Builder() {}

    private Builder(RaiseFaultPolicy v) {
      super(v);
      this.statusCode = v.statusCode;
      this.reasonPhrase = v.reasonPhrase;
      this.headers.putAll(v.headers);
      this.payload = v.payload;
      this.payloadContentType = v.payloadContentType;
      this.ignoreUnresolvedVariables = v.ignoreUnresolvedVariables;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the HTTP status code (default 500).
     *
     * @param statusCode the value
     * @return this builder
     */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /**
     * Sets the reason phrase.
     *
     * @param reasonPhrase the value, or null to unset
     * @return this builder
     */
    public Builder reasonPhrase(@Nullable String reasonPhrase) {
      this.reasonPhrase = reasonPhrase;
      return this;
    }

    /**
     * Replaces the response headers.
     *
     * @param headers the new entries
     * @return this builder
     */
    public Builder headers(Map<String, ? extends String> headers) {
      this.headers.clear();
      this.headers.putAll(Objects.requireNonNull(headers, "headers == null"));
      return this;
    }

    /**
     * Puts one entry into the response headers.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putHeader(String key, String value) {
      this.headers.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Sets the response payload.
     *
     * @param payload the value, or null to unset
     * @return this builder
     */
    public Builder payload(@Nullable String payload) {
      this.payload = payload;
      return this;
    }

    /**
     * Sets the payload's content type (default {@code application/json}).
     *
     * @param payloadContentType the value
     * @return this builder
     */
    public Builder payloadContentType(String payloadContentType) {
      this.payloadContentType = payloadContentType;
      return this;
    }

    /**
     * Sets whether unresolvable template variables are ignored.
     *
     * @param ignoreUnresolvedVariables the value, or null to unset
     * @return this builder
     */
    public Builder ignoreUnresolvedVariables(@Nullable Boolean ignoreUnresolvedVariables) {
      this.ignoreUnresolvedVariables = ignoreUnresolvedVariables;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public RaiseFaultPolicy build() {
      return new RaiseFaultPolicy(this);
    }
  }
}
