package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * An ExtractVariables policy that reads JSON values with JSONPath into flow variables, e.g. {@code
 * total_token_count} from {@code $.usage.total_tokens}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name} and at least one JSON
 * variable.
 */
public final class ExtractVariablesPolicy extends AbstractPolicy {

  private final String source;
  private final boolean clearPayload;
  private final @Nullable Boolean ignoreUnresolvedVariables;
  private final @Nullable String variablePrefix;
  private final Map<String, String> jsonVariables;

  private ExtractVariablesPolicy(Builder b) {
    super(b);
    this.source = Checks.notBlank("source", b.source);
    this.clearPayload = b.clearPayload;
    this.ignoreUnresolvedVariables = b.ignoreUnresolvedVariables;
    this.variablePrefix = b.variablePrefix;
    this.jsonVariables = Collections.unmodifiableMap(new LinkedHashMap<>(b.jsonVariables));
    if (jsonVariables.isEmpty()) {
      throw new IllegalArgumentException("jsonVariables must not be empty");
    }
    jsonVariables.forEach(
        (variable, path) -> {
          Checks.notBlank("jsonVariables name", variable);
          if (!path.startsWith("$")) {
            throw new IllegalArgumentException(
                "jsonVariables path of '"
                    + variable
                    + "' must start with '$' but was '"
                    + path
                    + "'");
          }
        });
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
   * Returns the message to read (default {@code response}).
   *
   * @return the message to read (default {@code response})
   */
  public String source() {
    return source;
  }

  /**
   * Returns whether the source payload is cleared after extraction (default false).
   *
   * @return whether the source payload is cleared after extraction (default false)
   */
  public boolean clearPayload() {
    return clearPayload;
  }

  /**
   * Returns whether unresolvable paths are ignored instead of failing.
   *
   * @return whether unresolvable paths are ignored instead of failing, or empty when not set
   */
  public Optional<Boolean> ignoreUnresolvedVariables() {
    return Optional.ofNullable(ignoreUnresolvedVariables);
  }

  /**
   * Returns the prefix of the created variables.
   *
   * @return the prefix of the created variables, or empty when not set
   */
  public Optional<String> variablePrefix() {
    return Optional.ofNullable(variablePrefix);
  }

  /**
   * Returns the variables to set, each name mapped to its JSONPath.
   *
   * @return the variables to set, each name mapped to its JSONPath
   */
  public Map<String, String> jsonVariables() {
    return jsonVariables;
  }

  @Override
  public String toXml() {
    Element root = policyElement("ExtractVariables");
    if (variablePrefix != null) {
      Xml.child(root, "VariablePrefix", variablePrefix);
    }
    if (ignoreUnresolvedVariables != null) {
      Xml.child(root, "IgnoreUnresolvedVariables", ignoreUnresolvedVariables.toString());
    }
    Element payload = Xml.child(root, "JSONPayload");
    jsonVariables.forEach(
        (variable, path) -> {
          Element v = Xml.child(payload, "Variable");
          v.setAttribute("name", variable);
          Xml.child(v, "JSONPath", path);
        });
    Xml.child(root, "Source", source).setAttribute("clearPayload", Boolean.toString(clearPayload));
    return Xml.toString(root);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ExtractVariablesPolicy)) {
      return false;
    }
    ExtractVariablesPolicy o = (ExtractVariablesPolicy) other;
    return commonEquals(o)
        && Objects.equals(source, o.source)
        && clearPayload == o.clearPayload
        && Objects.equals(ignoreUnresolvedVariables, o.ignoreUnresolvedVariables)
        && Objects.equals(variablePrefix, o.variablePrefix)
        && Objects.equals(jsonVariables, o.jsonVariables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        commonHashCode(),
        source,
        clearPayload,
        ignoreUnresolvedVariables,
        variablePrefix,
        jsonVariables);
  }

  @Override
  public String toString() {
    return "ExtractVariablesPolicy{"
        + commonToString()
        + ", "
        + "source="
        + source
        + ", "
        + "clearPayload="
        + clearPayload
        + ", "
        + "ignoreUnresolvedVariables="
        + ignoreUnresolvedVariables
        + ", "
        + "variablePrefix="
        + variablePrefix
        + ", "
        + "jsonVariables="
        + jsonVariables
        + "}";
  }

  /** Builder of {@link ExtractVariablesPolicy}. */
  public static final class Builder extends AbstractPolicy.Builder<Builder> {

    private String source = "response";
    private boolean clearPayload;
    private @Nullable Boolean ignoreUnresolvedVariables;
    private @Nullable String variablePrefix;
    private final Map<String, String> jsonVariables = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ExtractVariablesPolicy v) {
      super(v);
      this.source = v.source;
      this.clearPayload = v.clearPayload;
      this.ignoreUnresolvedVariables = v.ignoreUnresolvedVariables;
      this.variablePrefix = v.variablePrefix;
      this.jsonVariables.putAll(v.jsonVariables);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the message to read (default {@code response}).
     *
     * @param source the value
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets whether the source payload is cleared after extraction (default false).
     *
     * @param clearPayload the value
     * @return this builder
     */
    public Builder clearPayload(boolean clearPayload) {
      this.clearPayload = clearPayload;
      return this;
    }

    /**
     * Sets whether unresolvable paths are ignored instead of failing.
     *
     * @param ignoreUnresolvedVariables the value, or null to unset
     * @return this builder
     */
    public Builder ignoreUnresolvedVariables(@Nullable Boolean ignoreUnresolvedVariables) {
      this.ignoreUnresolvedVariables = ignoreUnresolvedVariables;
      return this;
    }

    /**
     * Sets the prefix of the created variables.
     *
     * @param variablePrefix the value, or null to unset
     * @return this builder
     */
    public Builder variablePrefix(@Nullable String variablePrefix) {
      this.variablePrefix = variablePrefix;
      return this;
    }

    /**
     * Replaces the variables to set, each name mapped to its JSONPath.
     *
     * @param jsonVariables the new entries
     * @return this builder
     */
    public Builder jsonVariables(Map<String, ? extends String> jsonVariables) {
      this.jsonVariables.clear();
      this.jsonVariables.putAll(Objects.requireNonNull(jsonVariables, "jsonVariables == null"));
      return this;
    }

    /**
     * Puts one entry into the variables to set, each name mapped to its JSONPath.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putJsonVariable(String key, String value) {
      this.jsonVariables.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public ExtractVariablesPolicy build() {
      return new ExtractVariablesPolicy(this);
    }
  }
}
