package dev.llmgateway.emulator.internal.kube;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kubeconfig file for the emulator's API: one cluster (plain HTTP on loopback), one user without
 * credentials, one context, current. Fabric8 ({@code KUBECONFIG} or {@code Config.fromKubeconfig})
 * and kubectl read it.
 */
final class Kubeconfig {

  /** The name of the cluster, user and context. */
  static final String NAME = "llm-gateway-emulator";

  private Kubeconfig() {}

  /** Returns the kubeconfig text. */
  static String text(String serverUrl, String namespace) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: "
        + NAME
        + "\n"
        + "  cluster:\n"
        + "    server: "
        + serverUrl
        + "\n"
        + "users:\n"
        + "- name: "
        + NAME
        + "\n"
        + "  user: {}\n"
        + "contexts:\n"
        + "- name: "
        + NAME
        + "\n"
        + "  context:\n"
        + "    cluster: "
        + NAME
        + "\n"
        + "    user: "
        + NAME
        + "\n"
        + "    namespace: "
        + namespace
        + "\n"
        + "current-context: "
        + NAME
        + "\n"
        + "preferences: {}\n";
  }

  /** Writes the kubeconfig, creating parent directories; returns the file. */
  static Path write(Path file, String serverUrl, String namespace) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, text(serverUrl, namespace), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the kubeconfig " + file, e);
    }
  }
}
