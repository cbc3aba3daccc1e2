package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.Xml;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * The attributes every policy of this package has: {@code name}, {@code displayName}, {@code
 * continueOnError} and {@code enabled}, rendered as the root element's attributes and its {@code
 * DisplayName} and {@code Properties} children.
 *
 * <p>Only the policies of this package extend this class; implement {@link Policy} for others.
 */
public abstract class AbstractPolicy implements Policy {

  private final String name;
  private final @Nullable String displayName;
  private final boolean continueOnError;
  private final boolean enabled;

  AbstractPolicy(Builder<?> b) {
    if (b.name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    this.name = PolicyNames.check(b.name);
    this.displayName = b.displayName;
    this.continueOnError = b.continueOnError;
    this.enabled = b.enabled;
  }

  /**
   * Returns the policy name.
   *
   * @return the policy name
   */
  @Override
  public final String name() {
    return name;
  }

  /**
   * Returns the display name (defaults to the name).
   *
   * @return the display name (defaults to the name), or empty when not set
   */
  public final Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /**
   * Returns whether the flow continues when the policy fails (default false).
   *
   * @return whether the flow continues when the policy fails (default false)
   */
  public final boolean continueOnError() {
    return continueOnError;
  }

  /**
   * Returns whether the policy runs (default true).
   *
   * @return whether the policy runs (default true)
   */
  public final boolean enabled() {
    return enabled;
  }

  /** The root element {@code <element>} with the common attributes and children. */
  final Element policyElement(String element) {
    return Xml.policy(
        element, name, displayName == null ? name : displayName, continueOnError, enabled);
  }

  /** Whether the common attributes equal those of {@code o}. */
  final boolean commonEquals(AbstractPolicy o) {
    return Objects.equals(name, o.name)
        && Objects.equals(displayName, o.displayName)
        && continueOnError == o.continueOnError
        && enabled == o.enabled;
  }

  /** The hash code of the common attributes. */
  final int commonHashCode() {
    return Objects.hash(name, displayName, continueOnError, enabled);
  }

  /** The common attributes as {@code name=.., displayName=.., continueOnError=.., enabled=..}. */
  final String commonToString() {
    return "name="
        + name
        + ", displayName="
        + displayName
        + ", continueOnError="
        + continueOnError
        + ", enabled="
        + enabled;
  }

  /**
   * The builder part for the common attributes.
   *
   * @param <B> the concrete builder type, returned by every setter
   */
  public abstract static class Builder<B extends Builder<B>> {

    private @Nullable String name;
    private @Nullable String displayName;
    private boolean continueOnError;
    private boolean enabled = true;

    Builder() {}

    Builder(AbstractPolicy v) {
      this.name = v.name;
      this.displayName = v.displayName;
      this.continueOnError = v.continueOnError;
      this.enabled = v.enabled;
    }

    /** This builder, as its concrete type. */
    abstract B self();

    /**
     * Sets the policy name.
     *
     * @param name the value
     * @return this builder
     */
    public final B name(String name) {
      this.name = name;
      return self();
    }

    /**
     * Sets the display name (defaults to the name).
     *
     * @param displayName the value, or null to unset
     * @return this builder
     */
    public final B displayName(@Nullable String displayName) {
      this.displayName = displayName;
      return self();
    }

    /**
     * Sets whether the flow continues when the policy fails (default false).
     *
     * @param continueOnError the value
     * @return this builder
     */
    public final B continueOnError(boolean continueOnError) {
      this.continueOnError = continueOnError;
      return self();
    }

    /**
     * Sets whether the policy runs (default true).
     *
     * @param enabled the value
     * @return this builder
     */
    public final B enabled(boolean enabled) {
      this.enabled = enabled;
      return self();
    }
  }
}
