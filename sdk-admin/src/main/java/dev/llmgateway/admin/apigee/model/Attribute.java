package dev.llmgateway.admin.apigee.model;

import dev.llmgateway.admin.apigee.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A custom name/value attribute of an Apigee entity. */
public final class Attribute {

  private final String name;
  private final String value;

  private Attribute(String name, String value) {
    this.name = Checks.notBlank("attribute name", name);
    this.value = Checks.notNull("attribute value", value);
  }

  /**
   * Creates an attribute.
   *
   * @param name the name, not blank
   * @param value the value, may be empty
   * @return the attribute
   */
  public static Attribute of(String name, String value) {
    return new Attribute(name, value);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Attribute
        && ((Attribute) o).name.equals(name)
        && ((Attribute) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value);
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }
}
