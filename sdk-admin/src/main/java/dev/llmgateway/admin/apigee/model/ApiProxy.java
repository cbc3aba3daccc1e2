package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * An API proxy with its revisions, as returned by {@code GET organizations/{org}/apis/{api}}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = ApiProxy.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ApiProxy {

  ApiProxy() {}

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
    return new Builder().from(this);
  }

  /**
   * Returns the API proxy name.
   *
   * @return the API proxy name
   */
  public abstract String name();

  /**
   * Returns the revision numbers in decimal (the JSON array {@code revision}).
   *
   * @return the revision numbers
   */
  @JsonProperty("revision")
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public abstract List<String> revisions();

  /**
   * Returns the latest revision number in decimal.
   *
   * @return the latest revision number, or empty when not set
   */
  public abstract Optional<String> latestRevisionId();

  /**
   * Returns the latest revision: {@link #latestRevisionId()} when the server sent it, else the
   * highest of {@link #revisions()}.
   *
   * @return the latest revision number in decimal, or empty when the proxy has none
   */
  public Optional<String> latestRevision() {
    if (latestRevisionId().isPresent()) {
      return latestRevisionId();
    }
    return revisions().stream()
        .filter(r -> r.matches("[0-9]{1,9}"))
        .max(Comparator.comparingInt(Integer::parseInt));
  }

  /**
   * Returns the labels.
   *
   * @return the labels
   */
  public abstract Map<String, String> labels();

  /** Builder of {@link ApiProxy}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableApiProxy.Builder {
    Builder() {}

    @JsonCreator
    static Builder fromJson() {
      return new Builder().name("");
    }
  }
}
