package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.client.internal.log.Redactor;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How the admin SDK's value classes are generated (Immutables): the abstract class is the public
 * type with a nested {@code Builder extends ImmutableX.Builder}; the implementation stays
 * package-private; {@code Optional} setters accept null as "unset"; a null element or value fails
 * with {@code "x == null"} and a missing required field with {@code "x must not be null"}; secrets
 * marked {@code @Value.Redacted} print as {@link Redactor#MARKER}.
 *
 * <p>Why not the client's {@code WireStyle}: that style lets Jackson fill fields directly and skips
 * validation, which the client needs for allocation on its streaming hot path. The management API
 * is not a hot path, and a value read from it must be as valid as one a user builds (an error
 * document or an empty object in a 200 must fail, see {@code ResponseBodyFaultTest}), so Jackson
 * reads through the generated builder and {@code build()} runs the same checks.
 *
 * <p>The Kubernetes specs ({@code admin.k8s}) say {@code @JsonDeserialize(as = ImmutableX.class)}
 * instead of {@code builder = ..}: Jackson fills Immutables' {@code Json} shadow, which then goes
 * through the same builder. Fabric8's mapper wraps every property and retries a failed builder
 * setter from the wrong parser position, so a type error would name {@code spec.targetPorts}
 * instead of {@code spec.targetPorts[0].number}. Their checks are CRD rules that the resource
 * builders run, since a cluster may hold objects this SDK would not build.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"proxy:proxies", "policy:policies", "basepath:basepaths"},
    optionalAcceptNullable = true,
    throwForInvalidImmutableState = ValueStyle.MissingField.class,
    throwForNullPointer = ValueStyle.NullField.class,
    setJacksonPropertyRequired = false,
    redactedMask = Redactor.MARKER,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true)
public @interface ValueStyle {

  /** A required field was not set: {@code "name must not be null"}. */
  final class MissingField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception naming the first missing field.
     *
     * @param fields the missing fields, in declaration order
     */
    public MissingField(String... fields) {
      super((fields.length == 0 ? "a field" : fields[0]) + " must not be null");
    }
  }

  /** A null was passed where a value is required: {@code "attributes element == null"}. */
  final class NullField extends NullPointerException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception naming the field.
     *
     * @param field the field, e.g. {@code name} or {@code attributes element}
     */
    public NullField(String field) {
      super(field + " == null");
    }
  }
}
