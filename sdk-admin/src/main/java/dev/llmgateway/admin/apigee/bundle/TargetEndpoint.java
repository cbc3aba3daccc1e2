package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A target endpoint ({@code apiproxy/targets/{name}.xml}): the backend URL with its own pre- and
 * post-flow.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code url}.
 */
public final class TargetEndpoint {

  private final String name;
  private final @Nullable String description;
  private final String url;
  private final Flow preFlow;
  private final Flow postFlow;

  private TargetEndpoint(Builder b) {
    this.name = Checks.segment("targetEndpoint name", b.name);
    this.description = b.description;
    if (b.url == null) {
      throw new IllegalArgumentException("url must not be null");
    }
    this.url = TargetEndpoint.checkUrl(b.url);
    this.preFlow = Objects.requireNonNull(b.preFlow, "preFlow == null");
    this.postFlow = Objects.requireNonNull(b.postFlow, "postFlow == null");
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
   * Returns the endpoint name (default {@code default}).
   *
   * @return the endpoint name (default {@code default})
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description.
   *
   * @return the description, or empty when not set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the backend URL.
   *
   * @return the backend URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns the pre-flow (default empty).
   *
   * @return the pre-flow (default empty)
   */
  public Flow preFlow() {
    return preFlow;
  }

  /**
   * Returns the post-flow (default empty).
   *
   * @return the post-flow (default empty)
   */
  public Flow postFlow() {
    return postFlow;
  }

  static String checkUrl(String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("url must be an http or https URL but was '" + url + "'");
    }
    return url;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TargetEndpoint)) {
      return false;
    }
    TargetEndpoint o = (TargetEndpoint) other;
    return Objects.equals(name, o.name)
        && Objects.equals(description, o.description)
        && Objects.equals(url, o.url)
        && Objects.equals(preFlow, o.preFlow)
        && Objects.equals(postFlow, o.postFlow);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, url, preFlow, postFlow);
  }

  @Override
  public String toString() {
    return "TargetEndpoint{"
        + "name="
        + name
        + ", "
        + "description="
        + description
        + ", "
        + "url="
        + url
        + ", "
        + "preFlow="
        + preFlow
        + ", "
        + "postFlow="
        + postFlow
        + "}";
  }

  /** Builder of {@link TargetEndpoint}. */
  public static final class Builder {

    private String name = "default";
    private @Nullable String description;
    private @Nullable String url;
    private Flow preFlow = Flow.builder().name("PreFlow").build();
    private Flow postFlow = Flow.builder().name("PostFlow").build();

    private Builder() {}

    private Builder(TargetEndpoint v) {
      this.name = v.name;
      this.description = v.description;
      this.url = v.url;
      this.preFlow = v.preFlow;
      this.postFlow = v.postFlow;
    }

    /**
     * Sets the endpoint name (default {@code default}).
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value, or null to unset
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the backend URL.
     *
     * @param url the value
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the pre-flow (default empty).
     *
     * @param preFlow the value
     * @return this builder
     */
    public Builder preFlow(Flow preFlow) {
      this.preFlow = preFlow;
      return this;
    }

    /**
     * Sets the post-flow (default empty).
     *
     * @param postFlow the value
     * @return this builder
     */
    public Builder postFlow(Flow postFlow) {
      this.postFlow = postFlow;
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalArgumentException if a required field is missing or a field is invalid; the
     *     message names the field
     */
    public TargetEndpoint build() {
      return new TargetEndpoint(this);
    }
  }
}
