package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API proxy with its revisions, as returned by {@code GET organizations/{org}/apis/{api}}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
public final class ApiProxy {

  private final String name;
  private final List<String> revisions;
  private final @Nullable String latestRevisionId;
  private final Map<String, String> labels;

  private ApiProxy(Builder b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = Objects.requireNonNull(b.name, "name == null");
    this.revisions = Collections.unmodifiableList(new ArrayList<>(b.revisions));
    this.latestRevisionId = b.latestRevisionId;
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(b.labels));
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
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the revision numbers in decimal.
   *
   * @return the revision numbers in decimal
   */
  public List<String> revisions() {
    return revisions;
  }

  /**
   * Returns the latest revision number in decimal.
   *
   * @return the latest revision number in decimal, or empty when not set
   */
  public Optional<String> latestRevisionId() {
    return Optional.ofNullable(latestRevisionId);
  }

  /**
   * Returns the labels.
   *
   * @return the labels
   */
  public Map<String, String> labels() {
    return labels;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ApiProxy)) {
      return false;
    }
    ApiProxy o = (ApiProxy) other;
    return Objects.equals(name, o.name)
        && Objects.equals(revisions, o.revisions)
        && Objects.equals(latestRevisionId, o.latestRevisionId)
        && Objects.equals(labels, o.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, revisions, latestRevisionId, labels);
  }

  @Override
  public String toString() {
    return "ApiProxy{"
        + "name="
        + name
        + ", "
        + "revisions="
        + revisions
        + ", "
        + "latestRevisionId="
        + latestRevisionId
        + ", "
        + "labels="
        + labels
        + "}";
  }

  /** Builder of {@link ApiProxy}. */
  public static final class Builder {

    private @Nullable String name;
    private final List<String> revisions = new ArrayList<>();
    private @Nullable String latestRevisionId;
    private final Map<String, String> labels = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ApiProxy v) {
      this.name = v.name;
      this.revisions.addAll(v.revisions);
      this.latestRevisionId = v.latestRevisionId;
      this.labels.putAll(v.labels);
    }

    /**
     * Sets the API proxy name.
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Replaces the revision numbers in decimal.
     *
     * @param revisions the new elements
     * @return this builder
     */
    public Builder revisions(java.util.Collection<? extends String> revisions) {
      Objects.requireNonNull(revisions, "revisions == null");
      this.revisions.clear();
      for (String e : revisions) {
        addRevision(e);
      }
      return this;
    }

    /**
     * Adds one element to the revision numbers in decimal.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addRevision(String element) {
      this.revisions.add(Objects.requireNonNull(element, "revisions element == null"));
      return this;
    }

    /**
     * Sets the latest revision number in decimal.
     *
     * @param latestRevisionId the value, or null to unset
     * @return this builder
     */
    public Builder latestRevisionId(@Nullable String latestRevisionId) {
      this.latestRevisionId = latestRevisionId;
      return this;
    }

    /**
     * Replaces the labels.
     *
     * @param labels the new entries
     * @return this builder
     */
    public Builder labels(Map<String, ? extends String> labels) {
      this.labels.clear();
      this.labels.putAll(Objects.requireNonNull(labels, "labels == null"));
      return this;
    }

    /**
     * Puts one entry into the labels.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putLabel(String key, String value) {
      this.labels.put(
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
    public ApiProxy build() {
      return new ApiProxy(this);
    }
  }
}
