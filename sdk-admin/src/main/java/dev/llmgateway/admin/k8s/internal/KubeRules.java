package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.client.internal.check.Checks;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Kubernetes schema rules the CRDs share: object and namespace names, API groups, kinds,
 * references, ports and labels. The generic checks they build on are the SDK's one {@link Checks};
 * every failure is an {@link IllegalArgumentException} whose message starts with the field path.
 */
public final class KubeRules {

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

  private KubeRules() {}

  /**
   * Validates a Kubernetes object name (DNS subdomain, at most 253 characters).
   *
   * @param value the name
   * @param field the field path for the message
   * @return the name
   */
  public static String objectName(@Nullable String value, String field) {
    return Checks.find(
        Checks.maxLength(Checks.notBlank(value, field), 253, field), DNS_SUBDOMAIN, field);
  }

  /**
   * Validates a DNS label (at most 63 characters), the rule for namespaces and pool labels.
   *
   * @param value the label
   * @param field the field path for the message
   * @return the label
   */
  public static String dnsLabel(String value, String field) {
    return Checks.find(Checks.maxLength(value, 63, field), DNS_LABEL, field);
  }

  /**
   * Validates a namespace name (not blank, a DNS label).
   *
   * @param value the namespace
   * @param field the field path for the message
   * @return the namespace
   */
  public static String namespace(@Nullable String value, String field) {
    return dnsLabel(Checks.notBlank(value, field), field);
  }

  /**
   * Validates a namespace when present.
   *
   * @param value the namespace, or null
   * @param field the field path for the message
   * @return the namespace, or null
   */
  public static @Nullable String optionalNamespace(@Nullable String value, String field) {
    return value == null ? null : namespace(value, field);
  }

  /**
   * Validates an API group (empty allowed).
   *
   * @param value the group
   * @param field the field path for the message
   * @return the group
   */
  public static String group(@Nullable String value, String field) {
    return Checks.find(
        Checks.maxLength(Checks.notNullArgument(value, field), 253, field), GROUP, field);
  }

  /**
   * Validates a kind.
   *
   * @param value the kind
   * @param field the field path for the message
   * @return the kind
   */
  public static String kind(@Nullable String value, String field) {
    return Checks.find(Checks.maxLength(Checks.notBlank(value, field), 63, field), KIND, field);
  }

  /**
   * Validates a referenced object's name (1 to 253 characters).
   *
   * @param value the name
   * @param field the field path for the message
   * @return the name
   */
  public static String refName(@Nullable String value, String field) {
    return Checks.maxLength(Checks.notBlank(value, field), 253, field);
  }

  /**
   * Validates a port number (1 to 65535).
   *
   * @param value the port
   * @param field the field path for the message
   * @return the port
   */
  public static int port(int value, String field) {
    return (int) Checks.range(value, 1, 65535, field);
  }

  /**
   * Validates label keys and values.
   *
   * @param labels the labels
   * @param field the field path for the message
   * @return the labels
   */
  public static Map<String, String> labels(Map<String, String> labels, String field) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      labelKey(e.getKey(), field);
      String path = field + "." + e.getKey();
      Checks.find(
          Checks.maxLength(Checks.notNullArgument(e.getValue(), path), 63, path),
          LABEL_VALUE,
          path);
    }
    return labels;
  }

  /**
   * Validates a label key: an optional DNS-subdomain prefix and slash, then a name of at most 63
   * characters.
   *
   * @param key the key
   * @param field the field path for the message
   * @return the key
   */
  public static String labelKey(@Nullable String key, String field) {
    Checks.notBlank(key, field + " key");
    int slash = key.lastIndexOf('/');
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      Checks.find(
          Checks.maxLength(prefix, 253, field + " key prefix"),
          DNS_SUBDOMAIN,
          field + " key prefix");
    }
    String name = key.substring(slash + 1);
    String path = field + " key '" + key + "'";
    Checks.find(Checks.maxLength(name, 63, path), LABEL_NAME, path);
    return key;
  }
}
