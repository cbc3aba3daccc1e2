package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * An AssignMessage policy that removes and sets headers, sets the payload or status, and assigns
 * flow variables on a request or response.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class AssignMessagePolicy extends AbstractPolicy {

  private final List<String> removeHeaders;
  private final Map<String, String> setHeaders;
  private final @Nullable String payload;
  private final String payloadContentType;
  private final @Nullable Integer statusCode;
  private final @Nullable String reasonPhrase;
  private final Map<String, String> assignVariables;
  private final @Nullable Boolean ignoreUnresolvedVariables;
  private final @Nullable String assignTo;
  private final boolean createNew;

  private AssignMessagePolicy(Builder b) {
    super(b);
    this.removeHeaders = Collections.unmodifiableList(new ArrayList<>(b.removeHeaders));
    this.setHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.setHeaders));
    this.payload = b.payload;
    this.payloadContentType =
        Objects.requireNonNull(b.payloadContentType, "payloadContentType == null");
    this.statusCode = b.statusCode;
    this.reasonPhrase = b.reasonPhrase;
    this.assignVariables = Collections.unmodifiableMap(new LinkedHashMap<>(b.assignVariables));
    this.ignoreUnresolvedVariables = b.ignoreUnresolvedVariables;
    this.assignTo = b.assignTo == null ? null : AssignMessagePolicy.checkAssignTo(b.assignTo);
    this.createNew = b.createNew;
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
   * Returns the headers to remove.
   *
   * @return the headers to remove
   */
  public List<String> removeHeaders() {
    return removeHeaders;
  }

  /**
   * Returns the headers to set (values may use {@code {variable}} templates).
   *
   * @return the headers to set (values may use {@code {variable}} templates)
   */
  public Map<String, String> setHeaders() {
    return setHeaders;
  }

  /**
   * Returns the payload to set.
   *
   * @return the payload to set, or empty when not set
   */
  public Optional<String> payload() {
    return Optional.ofNullable(payload);
  }

  /**
   * Returns the content type of the payload (default {@code application/json}).
   *
   * @return the content type of the payload (default {@code application/json})
   */
  public String payloadContentType() {
    return payloadContentType;
  }

  /**
   * Returns the status code to set on a response.
   *
   * @return the status code to set on a response, or empty when not set
   */
  public Optional<Integer> statusCode() {
    return Optional.ofNullable(statusCode);
  }

  /**
   * Returns the reason phrase to set on a response.
   *
   * @return the reason phrase to set on a response, or empty when not set
   */
  public Optional<String> reasonPhrase() {
    return Optional.ofNullable(reasonPhrase);
  }

  /**
   * Returns the flow variables to assign, each name mapped to a literal value.
   *
   * @return the flow variables to assign, each name mapped to a literal value
   */
  public Map<String, String> assignVariables() {
    return assignVariables;
  }

  /**
   * Returns whether unresolvable template variables are ignored.
   *
   * @return whether unresolvable template variables are ignored, or empty when not set
   */
  public Optional<Boolean> ignoreUnresolvedVariables() {
    return Optional.ofNullable(ignoreUnresolvedVariables);
  }

  /**
   * Returns the message to modify: {@code request} or {@code response}; unset modifies the current
   * message.
   *
   * @return the message to modify: {@code request} or {@code response}; unset modifies the current
   *     message, or empty when not set
   */
  public Optional<String> assignTo() {
    return Optional.ofNullable(assignTo);
  }

  /**
   * Returns whether to create a new message instead of modifying it (default false).
   *
   * @return whether to create a new message instead of modifying it (default false)
   */
  public boolean createNew() {
    return createNew;
  }

  static String checkAssignTo(String assignTo) {
    if (!assignTo.equals("request") && !assignTo.equals("response")) {
      throw new IllegalArgumentException(
          "assignTo must be 'request' or 'response' but was '" + assignTo + "'");
    }
    return assignTo;
  }

  @Override
  public String toXml() {
    Element root = policyElement("AssignMessage");
    if (!removeHeaders.isEmpty()) {
      Element headers = Xml.child(Xml.child(root, "Remove"), "Headers");
      for (String h : removeHeaders) {
        Xml.child(headers, "Header").setAttribute("name", h);
      }
    }
    if (!setHeaders.isEmpty() || payload != null || statusCode != null || reasonPhrase != null) {
      BundleXml.messageSet(
          Xml.child(root, "Set"),
          setHeaders,
          payload,
          payloadContentType,
          statusCode,
          reasonPhrase);
    }
    assignVariables.forEach(
        (variable, value) -> {
          Element a = Xml.child(root, "AssignVariable");
          Xml.child(a, "Name", variable);
          Xml.child(a, "Value", value);
        });
    if (ignoreUnresolvedVariables != null) {
      Xml.child(root, "IgnoreUnresolvedVariables", ignoreUnresolvedVariables.toString());
    }
    if (assignTo != null) {
      Element to = Xml.child(root, "AssignTo");
      to.setAttribute("createNew", Boolean.toString(createNew));
      to.setAttribute("transport", "http");
      to.setAttribute("type", assignTo);
    }
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AssignMessagePolicy)) {
      return false;
    }
    AssignMessagePolicy o = (AssignMessagePolicy) other;
    return commonEquals(o)
        && Objects.equals(removeHeaders, o.removeHeaders)
        && Objects.equals(setHeaders, o.setHeaders)
        && Objects.equals(payload, o.payload)
        && Objects.equals(payloadContentType, o.payloadContentType)
        && Objects.equals(statusCode, o.statusCode)
        && Objects.equals(reasonPhrase, o.reasonPhrase)
        && Objects.equals(assignVariables, o.assignVariables)
        && Objects.equals(ignoreUnresolvedVariables, o.ignoreUnresolvedVariables)
        && Objects.equals(assignTo, o.assignTo)
        && createNew == o.createNew;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonHashCode(),
        removeHeaders,
        setHeaders,
        payload,
        payloadContentType,
        statusCode,
        reasonPhrase,
        assignVariables,
        ignoreUnresolvedVariables,
        assignTo,
        createNew);
  }

  @Override
  public String toString() {
    return "AssignMessagePolicy{"
        + commonToString()
        + ", "
        + "removeHeaders="
        + removeHeaders
        + ", "
        + "setHeaders="
        + setHeaders
        + ", "
        + "payload="
        + payload
        + ", "
        + "payloadContentType="
        + payloadContentType
        + ", "
        + "statusCode="
        + statusCode
        + ", "
        + "reasonPhrase="
        + reasonPhrase
        + ", "
        + "assignVariables="
        + assignVariables
        + ", "
        + "ignoreUnresolvedVariables="
        + ignoreUnresolvedVariables
        + ", "
        + "assignTo="
        + assignTo
        + ", "
        + "createNew="
        + createNew
        + "}";
  }

  /** Builder of {@link AssignMessagePolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private final List<String> removeHeaders = new ArrayList<>();
    private final Map<String, String> setHeaders = new LinkedHashMap<>();
    private @Nullable String payload;
    private String payloadContentType = "application/json";
    private @Nullable Integer statusCode;
    private @Nullable String reasonPhrase;
    private final Map<String, String> assignVariables = new LinkedHashMap<>();
    private @Nullable Boolean ignoreUnresolvedVariables;
    private @Nullable String assignTo;
    private boolean createNew;

    private Builder() {}

    private Builder(AssignMessagePolicy v) {
      super(v);
      this.removeHeaders.addAll(v.removeHeaders);
      this.setHeaders.putAll(v.setHeaders);
      this.payload = v.payload;
      this.payloadContentType = v.payloadContentType;
      this.statusCode = v.statusCode;
      this.reasonPhrase = v.reasonPhrase;
      this.assignVariables.putAll(v.assignVariables);
      this.ignoreUnresolvedVariables = v.ignoreUnresolvedVariables;
      this.assignTo = v.assignTo;
      this.createNew = v.createNew;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Replaces the headers to remove.
     *
     * @param removeHeaders the new elements
     * @return this builder
     */
    public Builder removeHeaders(java.util.Collection<? extends String> removeHeaders) {
      Objects.requireNonNull(removeHeaders, "removeHeaders == null");
      this.removeHeaders.clear();
      for (String e : removeHeaders) {
        addRemoveHeader(e);
      }
      return this;
    }

    /**
     * Adds one element to the headers to remove.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRemoveHeader(String element) {
      this.removeHeaders.add(Objects.requireNonNull(element, "removeHeaders element == null"));
      return this;
    }

    /**
     * Replaces the headers to set (values may use {@code {variable}} templates).
     *
     * @param setHeaders the new entries
     * @return this builder
     */
    public Builder setHeaders(Map<String, ? extends String> setHeaders) {
      this.setHeaders.clear();
      this.setHeaders.putAll(Objects.requireNonNull(setHeaders, "setHeaders == null"));
      return this;
    }

    /**
     * Puts one entry into the headers to set (values may use {@code {variable}} templates).
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putSetHeader(String key, String value) {
      this.setHeaders.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Sets the payload to set.
     *
     * @param payload the value, or null to unset
     * @return this builder
     */
    public Builder payload(@Nullable String payload) {
      this.payload = payload;
      return this;
    }

    /**
     * Sets the content type of the payload (default {@code application/json}).
     *
     * @param payloadContentType the value
     * @return this builder
     */
    public Builder payloadContentType(String payloadContentType) {
      this.payloadContentType = payloadContentType;
      return this;
    }

    /**
     * Sets the status code to set on a response.
     *
     * @param statusCode the value, or null to unset
     * @return this builder
     */
    public Builder statusCode(@Nullable Integer statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /**
     * Sets the reason phrase to set on a response.
     *
     * @param reasonPhrase the value, or null to unset
     * @return this builder
     */
    public Builder reasonPhrase(@Nullable String reasonPhrase) {
      this.reasonPhrase = reasonPhrase;
      return this;
    }

    /**
     * Replaces the flow variables to assign, each name mapped to a literal value.
     *
     * @param assignVariables the new entries
     * @return this builder
     */
    public Builder assignVariables(Map<String, ? extends String> assignVariables) {
      this.assignVariables.clear();
      this.assignVariables.putAll(
          Objects.requireNonNull(assignVariables, "assignVariables == null"));
      return this;
    }

    /**
     * Puts one entry into the flow variables to assign, each name mapped to a literal value.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putAssignVariable(String key, String value) {
      this.assignVariables.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
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
     * Sets the message to modify: {@code request} or {@code response}; unset modifies the current
     * message.
     *
     * @param assignTo the value, or null to unset
     * @return this builder
     */
    public Builder assignTo(@Nullable String assignTo) {
      this.assignTo = assignTo;
      return this;
    }

    /**
     * Sets whether to create a new message instead of modifying it (default false).
     *
     * @param createNew the value
     * @return this builder
     */
    public Builder createNew(boolean createNew) {
      this.createNew = createNew;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public AssignMessagePolicy build() {
      return new AssignMessagePolicy(this);
    }
  }
}
