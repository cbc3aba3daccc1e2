package dev.llmgateway.emulator.internal.kube;

import java.util.List;

/**
 * One resource the API serves: where it lives, its kind and scope, and whether it has a status
 * subresource (then writes to the main resource keep the stored status and writes to {@code
 * /status} change only the status).
 *
 * @param group the API group, empty for the core group
 * @param version the version
 * @param plural the plural resource name used in paths
 * @param kind the kind
 * @param namespaced whether objects live in namespaces
 * @param statusSubresource whether {@code /status} is a separate subresource
 * @param shortNames the short names kubectl accepts, for example {@code po}
 */
record ApiResource(
    String group,
    String version,
    String plural,
    String kind,
    boolean namespaced,
    boolean statusSubresource,
    List<String> shortNames) {

  /** Copies the short names. */
  ApiResource {
    shortNames = List.copyOf(shortNames);
  }

  /** Returns {@code group/version}, or the version alone for the core group. */
  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** Returns {@code plural} or {@code plural.group}, the name Kubernetes messages use. */
  String qualifiedPlural() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** Returns {@code Kind} or {@code Kind.group}, the name validation messages use. */
  String qualifiedKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }
}
