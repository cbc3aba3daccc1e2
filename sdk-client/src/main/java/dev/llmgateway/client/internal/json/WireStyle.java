package dev.llmgateway.client.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every wire model: a package-private generated {@code ImmutableX} behind
 * the public abstract {@code X}, builder setters named as the attribute ({@code model(..)}, {@code
 * addMessage(..)}, {@code putExtraBody(..)}), nullable arguments accepted to unset optional values,
 * no {@code withX(..)} copies ({@code toBuilder()} instead) and {@code toString()} as {@code
 * X{json}}. An accessor named {@code fooRaw()} declares attribute {@code foo} (builder {@code
 * foo(..)}, JSON as annotated) for a type whose public {@code foo()} adds a fallback or a view,
 * e.g. {@code reasoning()} falling back to {@code reasoning_content}.
 *
 * <p>Jackson reads a generated class straight into its fields through its private no-arg
 * constructor (Immutables' own Jackson integration is off): see {@link WireValues}. Hence the
 * fields are not {@code final}; values are still immutable to users, who see only the accessors.
 * Runtime retention lets {@link WireValues} recognise the generated classes.
 *
 * <p>Why sdk-admin has its own style ({@code admin.apigee.internal.ValueStyle}): the client reads
 * every stream chunk on the hot path and reads responses tolerantly (no validation), so Jackson
 * fills the fields directly, which allocates about what hand-written classes did; a builder read
 * cost a third more per chunk (issue 8). The admin's values are few per call and a read must
 * validate, so they are read through their builders.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Only @Override: Immutables otherwise adds every known annotation it finds on the class
    // path (Error Prone's, JSR 305's, via Google Auth), which this named module does not read.
    allowedClasspathAnnotations = {Override.class},
    get = {"*Raw"},
    init = "*",
    depluralize = true,
    depluralizeDictionary = {"additionalProperty:additionalProperties", "bias"},
    optionalAcceptNullable = true,
    privateNoargConstructor = true,
    finalInstanceFields = false,
    jacksonIntegration = false,
    unsafeDefaultAndDerived = true,
    deferCollectionAllocation = true,
    defaults = @Value.Immutable(copy = false),
    delegateToString = "dev.llmgateway.client.internal.json.Json.toString")
public @interface WireStyle {}
