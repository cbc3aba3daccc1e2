package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A resource path with HTTP methods in an operation configuration.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code resource}.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(builder = Operation.Builder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Operation {

  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT");

  Operation() {}

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
   * Returns the resource path after the proxy base path, e.g. {@code /v1/completions}; {@code /}
   * matches everything, {@code /**} any depth, {@code /*} one segment.
   *
   * @return the resource path
   */
  public abstract String resource();

  /**
   * Returns the HTTP methods (upper case; empty = every method).
   *
   * @return the HTTP methods
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract List<String> methods();

  @Value.Check
  void check() {
    if (resource().isBlank() || !resource().startsWith("/")) {
      throw new IllegalArgumentException(
          "resource must start with '/' but was '" + resource() + "'");
    }
    for (String method : methods()) {
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "methods must hold upper-case HTTP methods but contained '" + method + "'");
      }
    }
  }

  /** Builder of {@link Operation}. */
  @JsonPOJOBuilder(withPrefix = "set")
  public static final class Builder extends ImmutableOperation.Builder {
    Builder() {}

    @JsonCreator
    static Builder fromJson() {
      return new Builder().resource("");
    }
  }
}
