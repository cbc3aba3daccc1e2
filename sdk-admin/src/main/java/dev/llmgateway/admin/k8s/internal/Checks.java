package dev.llmgateway.admin.k8s.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validation helpers that mirror the OpenAPI and CEL rules of the upstream CRDs. Every failure is
 * an {@link IllegalArgumentException} whose message starts with the field path.
 */
public final class Checks {

  /** RFC 1123 DNS subdomain, the rule for most object names. */
  public static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  /** RFC 1123 DNS label, the rule for namespaces. */
  public static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

  /** Gateway API {@code Group}: empty or a DNS subdomain. */
  public static final Pattern GROUP =
      Pattern.compile("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  /** Gateway API {@code Kind}. */
  public static final Pattern KIND = Pattern.compile("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$");

  /** Label value. */
  public static final Pattern LABEL_VALUE =
      Pattern.compile("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$");

  /** Label name (the part after an optional DNS-subdomain prefix and slash). */
  public static final Pattern LABEL_NAME =
      Pattern.compile("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$");

  private Checks() {}

  /** Fails when {@code value} is null. */
  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /** Fails when {@code value} is null or blank. */
  public static String notBlank(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Fails when {@code value} is longer than {@code max}. */
  public static String maxLength(String value, int max, String field) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters but was " + value.length());
    }
    return value;
  }

  /**
   * Fails when {@code pattern} is not found in {@code value}; like OpenAPI, unanchored patterns
   * match anywhere.
   */
  public static String matches(String value, Pattern pattern, String field) {
    if (!pattern.matcher(value).find()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + " but was '" + value + "'");
    }
    return value;
  }

  /** Fails when {@code value} is not within {@code [min, max]}. */
  public static long range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " but was " + value);
    }
    return value;
  }

  /** Fails when the collection size is not within {@code [min, max]}. */
  public static <C extends Collection<?>> C size(C values, int min, int max, String field) {
    if (values.size() < min || values.size() > max) {
      throw new IllegalArgumentException(
          field + " must have between " + min + " and " + max + " items but had " + values.size());
    }
    return values;
  }

  /** Validates a Kubernetes object name (DNS subdomain, at most 253 characters). */
  public static String objectName(@Nullable String value, String field) {
    notBlank(value, field);
    maxLength(value, 253, field);
    return matches(value, DNS_SUBDOMAIN, field);
  }

  /** Validates a namespace name (DNS label, at most 63 characters). */
  public static String namespace(@Nullable String value, String field) {
    notBlank(value, field);
    maxLength(value, 63, field);
    return matches(value, DNS_LABEL, field);
  }

  /** Validates a namespace when present. */
  public static @Nullable String optionalNamespace(@Nullable String value, String field) {
    return value == null ? null : namespace(value, field);
  }

  /** Validates an API group (empty allowed). */
  public static String group(@Nullable String value, String field) {
    notNull(value, field);
    maxLength(value, 253, field);
    return matches(value, GROUP, field);
  }

  /** Validates a kind. */
  public static String kind(@Nullable String value, String field) {
    notBlank(value, field);
    maxLength(value, 63, field);
    return matches(value, KIND, field);
  }

  /** Validates a referenced object's name (1 to 253 characters). */
  public static String refName(@Nullable String value, String field) {
    notBlank(value, field);
    return maxLength(value, 253, field);
  }

  /** Validates a port number. */
  public static int port(int value, String field) {
    return (int) range(value, 1, 65535, field);
  }

  /** Validates label keys and values. */
  public static Map<String, String> labels(Map<String, String> labels, String field) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      labelKey(e.getKey(), field);
      String value = notNull(e.getValue(), field + "." + e.getKey());
      maxLength(value, 63, field + "." + e.getKey());
      matches(value, LABEL_VALUE, field + "." + e.getKey());
    }
    return labels;
  }

  /** Validates a label key: optional DNS-subdomain prefix and slash, then a name of <= 63. */
  public static String labelKey(@Nullable String key, String field) {
    notBlank(key, field + " key");
    int slash = key.lastIndexOf('/');
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      maxLength(prefix, 253, field + " key prefix");
      matches(prefix, DNS_SUBDOMAIN, field + " key prefix");
    }
    String name = key.substring(slash + 1);
    maxLength(name, 63, field + " key '" + key + "'");
    matches(name, LABEL_NAME, field + " key '" + key + "'");
    return key;
  }

  /** Copies a list into an unmodifiable list, rejecting null elements. */
  public static <T> List<T> copy(List<T> values, String field) {
    for (int i = 0; i < values.size(); i++) {
      notNull(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }
}
