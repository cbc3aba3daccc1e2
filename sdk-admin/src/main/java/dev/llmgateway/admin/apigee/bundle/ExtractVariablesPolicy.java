package dev.llmgateway.admin.apigee.bundle;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.apigee.internal.Xml;
import dev.llmgateway.client.internal.check.Checks;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.w3c.dom.Element;

/**
 * An ExtractVariables policy that reads JSON values with JSONPath into flow variables, e.g. {@code
 * total_token_count} from {@code $.usage.total_tokens}.
 *
 * <p>Immutable; create with {@link #builder()}. Required fields: {@code name} and at least one JSON
 * variable.
 */
@Value.Immutable
@ValueStyle
public abstract class ExtractVariablesPolicy extends AbstractPolicy {

  ExtractVariablesPolicy() {}

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
   * Returns the message to read (default {@code response}).
   *
   * @return the message to read
   */
  @Value.Default
  public String source() {
    return "response";
  }

  /**
   * Returns whether the payload is cleared after extraction (default false).
   *
   * @return whether the payload is cleared
   */
  @Value.Default
  public boolean clearPayload() {
    return false;
  }

  /**
   * Returns whether unresolvable paths are ignored instead of failing.
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> ignoreUnresolvedVariables();

  /**
   * Returns the prefix of the created variables.
   *
   * @return the prefix, or empty when not set
   */
  public abstract Optional<String> variablePrefix();

  /**
   * Returns the variables to set, each name mapped to its JSONPath.
   *
   * @return the variables, in insertion order
   */
  public abstract Map<String, String> jsonVariables();

  @Value.Check
  void check() {
    checkName();
    Checks.notBlank(source(), "source");
    if (jsonVariables().isEmpty()) {
      throw new IllegalArgumentException("jsonVariables must not be empty");
    }
    jsonVariables()
        .forEach(
            (variable, path) -> {
              Checks.notBlank(variable, "jsonVariables name");
              JsonPaths.check(path, "jsonVariables path of '" + variable + "'");
            });
  }

  @Override
  public String toXml() {
    Element root = policyElement("ExtractVariables");
    variablePrefix().ifPresent(p -> Xml.child(root, "VariablePrefix", p));
    ignoreUnresolvedVariables()
        .ifPresent(i -> Xml.child(root, "IgnoreUnresolvedVariables", i.toString()));
    Element payload = Xml.child(root, "JSONPayload");
    jsonVariables()
        .forEach(
            (variable, path) -> {
              Element v = Xml.child(payload, "Variable");
              v.setAttribute("name", variable);
              Xml.child(v, "JSONPath", path);
            });
    Xml.child(root, "Source", source())
        .setAttribute("clearPayload", Boolean.toString(clearPayload()));
    return Xml.toString(root);
  }

  /** Builder of {@link ExtractVariablesPolicy}. */
  public static final class Builder extends ImmutableExtractVariablesPolicy.Builder {
    Builder() {}
  }
}
