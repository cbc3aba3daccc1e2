package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.inference.InferencePool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.ArrayList;
import java.util.List;

/** The RBAC objects of the {@code inferencepool} chart ({@code rbac.yaml} and {@code gke.yaml}). */
final class EppChartRbac {
  private static final String RBAC = "rbac.authorization.k8s.io";
  private final EppChart chart;
  private final ChartNames names;
  private final String ns;

  EppChartRbac(EppChart chart) {
    this.chart = chart;
    this.names = chart.names();
    this.ns = chart.namespace();
  }

  List<HasMetadata> clusterRoles(boolean monitoring) {
    List<HasMetadata> out = new ArrayList<>();
    if (monitoring) {
      out.add(
          new ClusterRoleBuilder()
              .withNewMetadata()
              .withName(names.metricsReaderClusterRole())
              .endMetadata()
              .addNewRule()
              .withNonResourceURLs("/metrics")
              .withVerbs("get")
              .endRule()
              .build());
    }
    out.add(
        new ClusterRoleBuilder()
            .withNewMetadata()
            .withName(names.clusterRbac())
            .withLabels(chart.labels())
            .endMetadata()
            .addNewRule()
            .withApiGroups("authentication.k8s.io")
            .withResources("tokenreviews")
            .withVerbs("create")
            .endRule()
            .addNewRule()
            .withApiGroups("authorization.k8s.io")
            .withResources("subjectaccessreviews")
            .withVerbs("create")
            .endRule()
            .build());
    return out;
  }

  List<HasMetadata> clusterRoleBindings(boolean monitoring) {
    List<HasMetadata> out = new ArrayList<>();
    if (monitoring) {
      out.add(
          new ClusterRoleBindingBuilder()
              .withNewMetadata()
              .withName(names.metricsReaderClusterRoleBinding())
              .endMetadata()
              .addNewSubject()
              .withKind("ServiceAccount")
              .withName(names.metricsReaderSa())
              .withNamespace(ns)
              .endSubject()
              .withNewRoleRef()
              .withKind("ClusterRole")
              .withName(names.metricsReaderClusterRole())
              .withApiGroup(RBAC)
              .endRoleRef()
              .build());
    }
    out.add(
        new ClusterRoleBindingBuilder()
            .withNewMetadata()
            .withName(names.clusterRbac())
            .endMetadata()
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(names.epp())
            .withNamespace(ns)
            .endSubject()
            .withNewRoleRef()
            .withApiGroup(RBAC)
            .withKind("ClusterRole")
            .withName(names.clusterRbac())
            .endRoleRef()
            .build());
    return out;
  }

  List<HasMetadata> roles(boolean monitoring) {
    List<HasMetadata> out = new ArrayList<>();
    if (monitoring) {
      out.add(
          new RoleBuilder()
              .withNewMetadata()
              .withName(names.secretReadRole())
              .withNamespace(ns)
              .endMetadata()
              .addNewRule()
              .withResources("secrets")
              .withApiGroups("")
              .withVerbs("get", "list", "watch")
              .withResourceNames(names.metricsReaderSecret())
              .endRule()
              .build());
    }
    out.add(
        new RoleBuilder()
            .withNewMetadata()
            .withName(names.epp())
            .withNamespace(ns)
            .withLabels(chart.labels())
            .endMetadata()
            .addNewRule()
            .withApiGroups("inference.networking.x-k8s.io")
            .withResources("inferenceobjectives")
            .withVerbs("get", "watch", "list")
            .endRule()
            .addNewRule()
            .withApiGroups(InferencePool.GROUP)
            .withResources("inferencepools")
            .withVerbs("get", "watch", "list")
            .endRule()
            .addNewRule()
            .withApiGroups("")
            .withResources("pods")
            .withVerbs("get", "watch", "list")
            .endRule()
            .build());
    return out;
  }

  List<HasMetadata> roleBindings(boolean monitoring) {
    List<HasMetadata> out = new ArrayList<>();
    if (monitoring) {
      out.add(
          new RoleBindingBuilder()
              .withNewMetadata()
              .withName(names.gmpCollectorRoleBinding(chart.gmpNamespace()))
              .withNamespace(ns)
              .endMetadata()
              .withNewRoleRef()
              .withName(names.secretReadRole())
              .withKind("Role")
              .withApiGroup(RBAC)
              .endRoleRef()
              .addNewSubject()
              .withName("collector")
              .withNamespace(chart.gmpNamespace())
              .withKind("ServiceAccount")
              .endSubject()
              .build());
    }
    out.add(
        new RoleBindingBuilder()
            .withNewMetadata()
            .withName(names.epp())
            .withNamespace(ns)
            .endMetadata()
            .addNewSubject()
            .withKind("ServiceAccount")
            .withName(names.epp())
            .withNamespace(ns)
            .endSubject()
            .withNewRoleRef()
            .withApiGroup(RBAC)
            .withKind("Role")
            .withName(names.epp())
            .endRoleRef()
            .build());
    return out;
  }
}
