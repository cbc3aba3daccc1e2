package dev.llmgateway.admin.k8s.internal;

import java.util.Locale;

/**
 * The object names the {@code inferencepool} chart v1.0.1 derives from the release name and
 * namespace ({@code templates/_helpers.tpl} and {@code templates/gke.yaml}).
 */
public final class ChartNames {
  private final String release;
  private final String namespace;

  public ChartNames(String release, String namespace) {
    this.release = release;
    this.namespace = namespace;
  }

  private static String trunc(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** {@code gateway-api-inference-extension.name}: release lower/trim/trunc 40, then "-epp". */
  public String epp() {
    return trunc(release.toLowerCase(Locale.ROOT).trim(), 40) + "-epp";
  }

  /**
   * {@code cluster-rbac-name}: {@code printf "%s-%s-epp" release40 ns40 | quote | trunc 84}. The
   * chart truncates the quoted string, so names over 82 characters lose their closing quote and the
   * chart's YAML breaks; here they are cut at 82 characters instead.
   */
  public String clusterRbac() {
    String base = trunc(release.toLowerCase(Locale.ROOT).trim(), 40);
    String ns = trunc(namespace.toLowerCase(Locale.ROOT).trim(), 40);
    return trunc(base + "-" + ns + "-epp", 82);
  }

  public String pool() {
    return release;
  }

  public String metricsReaderSa() {
    return release + "-metrics-reader-sa";
  }

  public String metricsReaderSecret() {
    return release + "-metrics-reader-secret";
  }

  public String metricsReaderClusterRole() {
    return namespace + "-" + release + "-metrics-reader";
  }

  public String metricsReaderClusterRoleBinding() {
    return namespace + "-" + release + "-metrics-reader-role-binding";
  }

  public String secretReadRole() {
    return release + "-metrics-reader-secret-read";
  }

  public String gmpCollectorRoleBinding(String gmpNamespace) {
    return gmpNamespace + ":collector:" + namespace + "-" + release + "-metrics-reader-secret-read";
  }
}
