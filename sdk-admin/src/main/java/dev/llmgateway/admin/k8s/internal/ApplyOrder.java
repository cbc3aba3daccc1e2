package dev.llmgateway.admin.k8s.internal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dependency order for apply (delete runs it backwards): Helm 3's install order for the kinds Helm
 * knows ({@code pkg/releaseutil/kind_sorter.go}), then other kinds alphabetically (as Helm does,
 * which covers the chart's GCPBackendPolicy, HealthCheckPolicy, InferencePool, PodMonitoring), then
 * the guide's own objects in the guide's order. The sort is stable.
 */
public final class ApplyOrder {

  private static final List<String> HELM =
      List.of(
          "PriorityClass",
          "Namespace",
          "NetworkPolicy",
          "ResourceQuota",
          "LimitRange",
          "PodSecurityPolicy",
          "PodDisruptionBudget",
          "ServiceAccount",
          "Secret",
          "SecretList",
          "ConfigMap",
          "StorageClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "CustomResourceDefinition",
          "ClusterRole",
          "ClusterRoleList",
          "ClusterRoleBinding",
          "ClusterRoleBindingList",
          "Role",
          "RoleList",
          "RoleBinding",
          "RoleBindingList",
          "Service",
          "DaemonSet",
          "Pod",
          "ReplicationController",
          "ReplicaSet",
          "Deployment",
          "HorizontalPodAutoscaler",
          "StatefulSet",
          "Job",
          "CronJob",
          "IngressClass",
          "Ingress",
          "APIService");

  private static final List<String> GUIDE =
      List.of(
          "InferenceObjective",
          "Gateway",
          "HTTPRoute",
          "ApigeeBackendService",
          "GCPTrafficExtension",
          "APIProduct",
          "APIOperationSet");

  private ApplyOrder() {}

  /** Returns the objects sorted for apply. */
  public static <T extends HasMetadata> List<T> forApply(List<T> objects) {
    List<T> sorted = new ArrayList<>(objects);
    sorted.sort(
        Comparator.comparingInt((T o) -> group(o.getKind()))
            .thenComparingInt(o -> indexIn(o.getKind()))
            .thenComparing(o -> group(o.getKind()) == 1 ? o.getKind() : ""));
    return sorted;
  }

  /** Returns the objects sorted for delete (reverse of apply). */
  public static <T extends HasMetadata> List<T> forDelete(List<T> objects) {
    List<T> sorted = forApply(objects);
    java.util.Collections.reverse(sorted);
    return sorted;
  }

  private static int group(String kind) {
    if (HELM.contains(kind)) {
      return 0;
    }
    return GUIDE.contains(kind) ? 2 : 1;
  }

  private static int indexIn(String kind) {
    int helm = HELM.indexOf(kind);
    return helm >= 0 ? helm : Math.max(GUIDE.indexOf(kind), 0);
  }
}
