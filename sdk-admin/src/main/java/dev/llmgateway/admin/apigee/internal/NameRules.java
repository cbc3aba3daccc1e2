package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.client.internal.check.Checks;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The character rules Apigee documents for its resource identifiers. A null identifier is an {@link
 * IllegalArgumentException} {@code "x must not be null"}, as the Apigee builders report it.
 */
public final class NameRules {

  /** API product and developer app names: {@code A-Za-z0-9._\-$ %}. */
  private static final Pattern PRODUCT_OR_APP = Pattern.compile("[A-Za-z0-9._\\-$ %]+");

  /** API proxy names: {@code A-Za-z0-9._-}. */
  private static final Pattern PROXY = Pattern.compile("[A-Za-z0-9._-]+");

  /** Consumer keys and secrets: letters, digits, underscores and hyphens. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

  private static final Pattern REVISION = Pattern.compile("[1-9][0-9]{0,9}");

  private NameRules() {}

  /** Checks an organization name. */
  public static String organization(@Nullable String value) {
    return segment(value, "organization");
  }

  /** Checks an environment name. */
  public static String environment(@Nullable String value) {
    return segment(value, "environment");
  }

  /** Checks a developer email (lowercase, as Apigee requires) or developer id. */
  public static String developer(@Nullable String value) {
    segment(value, "developer");
    if (!value.equals(value.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "developer must be lowercase (Apigee stores emails in lowercase) but was '"
              + value
              + "'");
    }
    return value;
  }

  /** Checks a developer app name. */
  public static String app(@Nullable String value) {
    return productOrApp("app", value);
  }

  /** Checks an API product name. */
  public static String apiProduct(@Nullable String value) {
    return productOrApp("apiProduct", value);
  }

  /** Checks an API product name, naming the given field in the message. */
  public static String apiProduct(@Nullable String value, String field) {
    return productOrApp(field, value);
  }

  /** Checks an API proxy name. */
  public static String apiProxy(@Nullable String value) {
    return Checks.matches(present(value, "apiProxy"), PROXY, "A-Za-z0-9._-", "apiProxy");
  }

  /** Checks a revision number in its decimal string form. */
  public static String revision(@Nullable String value) {
    return Checks.matches(
        present(value, "revision"), REVISION, "a positive decimal number", "revision");
  }

  /** Checks a consumer key or secret without echoing it. */
  public static String key(@Nullable String value, String field) {
    return Checks.matchesSecret(present(value, field), KEY, "letters, digits, '_' and '-'", field);
  }

  private static String productOrApp(String field, @Nullable String value) {
    String v =
        Checks.matches(present(value, field), PRODUCT_OR_APP, "A-Za-z0-9._-$ % characters", field);
    if (!v.strip().equals(v)) {
      throw new IllegalArgumentException(
          field + " must not start or end with a space but was '" + v + "'");
    }
    return v;
  }

  private static String segment(@Nullable String value, String field) {
    return Checks.pathSegment(present(value, field), field);
  }

  private static String present(@Nullable String value, String field) {
    return Checks.notNullArgument(value, field);
  }
}
