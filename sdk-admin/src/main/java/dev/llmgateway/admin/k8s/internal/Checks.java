package dev.llmgateway.admin.k8s.internal;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The cluster side's former validation helpers, kept until their callers switch: the generic checks
 * now live in the SDK's one {@link dev.llmgateway.client.internal.check.Checks}, the Kubernetes
 * rules in {@link KubeRules}. Messages are unchanged.
 *
 * @deprecated use {@link dev.llmgateway.client.internal.check.Checks} and {@link KubeRules}
 */
@Deprecated
public final class Checks {

  /** RFC 1123 DNS subdomain; see {@link KubeRules#DNS_SUBDOMAIN}. */
  public static final Pattern DNS_SUBDOMAIN = KubeRules.DNS_SUBDOMAIN;

  /** RFC 1123 DNS label; see {@link KubeRules#DNS_LABEL}. */
  public static final Pattern DNS_LABEL = KubeRules.DNS_LABEL;

  /** Gateway API {@code Group}; see {@link KubeRules#GROUP}. */
  public static final Pattern GROUP = KubeRules.GROUP;

  /** Gateway API {@code Kind}; see {@link KubeRules#KIND}. */
  public static final Pattern KIND = KubeRules.KIND;

  /** Label value; see {@link KubeRules#LABEL_VALUE}. */
  public static final Pattern LABEL_VALUE = KubeRules.LABEL_VALUE;

  /** Label name; see {@link KubeRules#LABEL_NAME}. */
  public static final Pattern LABEL_NAME = KubeRules.LABEL_NAME;

  private Checks() {}

  /** Fails with an {@link IllegalArgumentException} when {@code value} is null. */
  public static <T> T notNull(@Nullable T value, String field) {
    return dev.llmgateway.client.internal.check.Checks.notNullArgument(value, field);
  }

  /** Fails when {@code value} is null or blank. */
  public static String notBlank(@Nullable String value, String field) {
    return dev.llmgateway.client.internal.check.Checks.notBlank(value, field);
  }

  /** Fails when {@code value} is longer than {@code max}. */
  public static String maxLength(String value, int max, String field) {
    return dev.llmgateway.client.internal.check.Checks.maxLength(value, max, field);
  }

  /** Fails when {@code pattern} is not found in {@code value}. */
  public static String matches(String value, Pattern pattern, String field) {
    return dev.llmgateway.client.internal.check.Checks.find(value, pattern, field);
  }

  /** Fails when {@code value} is not within {@code [min, max]}. */
  public static long range(long value, long min, long max, String field) {
    return dev.llmgateway.client.internal.check.Checks.range(value, min, max, field);
  }

  /** Fails when the collection size is not within {@code [min, max]}. */
  public static <C extends Collection<?>> C size(C values, int min, int max, String field) {
    return dev.llmgateway.client.internal.check.Checks.size(values, min, max, field);
  }

  /** See {@link KubeRules#objectName}. */
  public static String objectName(@Nullable String value, String field) {
    return KubeRules.objectName(value, field);
  }

  /** See {@link KubeRules#namespace}. */
  public static String namespace(@Nullable String value, String field) {
    return KubeRules.namespace(value, field);
  }

  /** See {@link KubeRules#optionalNamespace}. */
  public static @Nullable String optionalNamespace(@Nullable String value, String field) {
    return KubeRules.optionalNamespace(value, field);
  }

  /** See {@link KubeRules#group}. */
  public static String group(@Nullable String value, String field) {
    return KubeRules.group(value, field);
  }

  /** See {@link KubeRules#kind}. */
  public static String kind(@Nullable String value, String field) {
    return KubeRules.kind(value, field);
  }

  /** See {@link KubeRules#refName}. */
  public static String refName(@Nullable String value, String field) {
    return KubeRules.refName(value, field);
  }

  /** See {@link KubeRules#port}. */
  public static int port(int value, String field) {
    return KubeRules.port(value, field);
  }

  /** See {@link KubeRules#labels}. */
  public static Map<String, String> labels(Map<String, String> labels, String field) {
    return KubeRules.labels(labels, field);
  }
}
