package dev.llmgateway.client.internal.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map or list attribute of a wire model hold {@code null} values (JSON {@code null} inside
 * free-form properties); Immutables recognises any annotation of this simple name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
