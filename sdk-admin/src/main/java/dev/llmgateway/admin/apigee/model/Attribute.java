package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.check.Checks;
import org.immutables.value.Value;

/** A custom name/value attribute of an Apigee entity; prints as {@code name=value}. */
@Value.Immutable(builder = false)
@ValueStyle
public abstract class Attribute {

  Attribute() {}

  /**
   * Creates an attribute.
   *
   * @param name the name, not blank
   * @param value the value, may be empty
   * @return the attribute
   */
  @JsonCreator
  public static Attribute of(
      @JsonProperty("name") String name, @JsonProperty("value") String value) {
    return ImmutableAttribute.of(
        Checks.notBlank(Checks.notNullArgument(name, "attribute name"), "attribute name"),
        Checks.notNullArgument(value, "attribute value"));
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  @Value.Parameter
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the value.
   *
   * @return the value
   */
  @Value.Parameter
  @JsonProperty("value")
  public abstract String value();

  @Override
  public String toString() {
    return name() + "=" + value();
  }
}
