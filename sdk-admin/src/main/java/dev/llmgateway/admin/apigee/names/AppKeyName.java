package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name of a consumer key of a developer app: {@code
 * organizations/{org}/developers/{developer}/apps/{app}/keys/{key}}.
 *
 * <p>The key is a secret, so {@link #toString()} redacts it; {@link #path()} returns the real path.
 */
public final class AppKeyName implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("(organizations/[^/]+/developers/[^/]+/apps/[^/]+)/keys/([^/]+)");

  private final DeveloperAppName app;
  private final String consumerKey;

  private AppKeyName(DeveloperAppName app, String consumerKey) {
    this.app = Objects.requireNonNull(app, "app == null");
    this.consumerKey = NameRules.key("consumerKey", consumerKey);
  }

  /**
   * Creates the name of a key of the given app.
   *
   * @param app the app's name
   * @param consumerKey the consumer key; letters, digits, '_' and '-'
   * @return the name
   * @throws IllegalArgumentException if the key is blank or has other characters (the message does
   *     not repeat the key)
   */
  public static AppKeyName of(DeveloperAppName app, String consumerKey) {
    return new AppKeyName(app, consumerKey);
  }

  /**
   * Parses {@code organizations/{org}/developers/{developer}/apps/{app}/keys/{key}}.
   *
   * @param name the formatted name
   * @return the parsed name
   * @throws IllegalArgumentException if {@code name} has another shape (the message does not repeat
   *     it, since it may hold a key)
   */
  public static AppKeyName parse(String name) {
    Matcher m = name == null ? null : FORMAT.matcher(name);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "appKeyName must have the form"
              + " organizations/{..}/developers/{..}/apps/{..}/keys/{..}");
    }
    return of(DeveloperAppName.parse(m.group(1)), m.group(2));
  }

  /**
   * Returns the app's name.
   *
   * @return the app's name
   */
  public DeveloperAppName appName() {
    return app;
  }

  /**
   * Returns the consumer key; treat it as a secret.
   *
   * @return the consumer key
   */
  public String consumerKey() {
    return consumerKey;
  }

  @Override
  public String path() {
    return app.path() + "/keys/" + consumerKey;
  }

  /** Returns the path with the key replaced by {@code ****}. */
  @Override
  public String toString() {
    return app.path() + "/keys/****";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AppKeyName
        && ((AppKeyName) other).app.equals(app)
        && ((AppKeyName) other).consumerKey.equals(consumerKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(app, consumerKey);
  }
}
