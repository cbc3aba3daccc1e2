/**
 * Typed names of Apigee resources, such as {@code organizations/{org}/apiproducts/{product}}.
 *
 * <p>Each name validates its parts on creation, formats itself with {@code toString()} (the key
 * name being the exception: it redacts the key) and parses the formatted form with {@code
 * parse(..)}.
 */
@org.jspecify.annotations.NullMarked
package dev.llmgateway.admin.apigee.names;
