package dev.llmgateway.admin.apigee.names;

import dev.llmgateway.admin.apigee.internal.NameRules;
import dev.llmgateway.client.internal.log.Redactor;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a consumer key of a developer app: {@code
 * organizations/{org}/developers/{developer}/apps/{app}/keys/{key}}.
 *
 * <p>The key is a secret, so {@link #toString()} redacts it; {@link #path()} returns the real path.
 *
 * @param appName the app's name
 * @param consumerKey the consumer key; treat it as a secret
 */
public record AppKeyName(DeveloperAppName appName, String consumerKey) implements ResourceName {

  private static final Pattern FORMAT =
      Pattern.compile("(organizations/[^/]+/developers/[^/]+/apps/[^/]+)/keys/([^/]+)");

  /**
   * Creates the name of a key of the given app.
   *
   * @param appName the app's name
   * @param consumerKey the consumer key; treat it as a secret
   * @throws IllegalArgumentException if the key is blank or has other characters (the message does
   *     not repeat the key)
   */
  public AppKeyName {
    Objects.requireNonNull(appName, "app == null");
    NameRules.key(consumerKey, "consumerKey");
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

  @Override
  public String path() {
    return appName.path() + "/keys/" + consumerKey;
  }

  /** Returns the path with the key replaced by {@code ****}. */
  @Override
  public String toString() {
    return appName.path() + "/keys/" + Redactor.MARKER;
  }
}
