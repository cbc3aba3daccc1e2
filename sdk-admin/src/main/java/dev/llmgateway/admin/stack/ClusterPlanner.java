package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.k8s.KubernetesApplier;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the cluster objects: an absent object is created; a present one is compared with what a
 * server-side apply dry run would store, field by field; an object that carries the stack's labels
 * but is no longer defined is an orphan to delete.
 */
final class ClusterPlanner {

  private final ClusterOps ops;

  ClusterPlanner(ClusterOps ops) {
    this.ops = ops;
  }

  /** Plans the desired objects, in apply order. */
  List<PlanItem> plan(Desired desired) {
    List<PlanItem> items = new ArrayList<>();
    for (HasMetadata o : desired.objects()) {
      items.add(plan(o));
    }
    return items;
  }

  private PlanItem plan(HasMetadata o) {
    PlannedChange.Builder change =
        PlannedChange.builder().target(Target.CLUSTER).kind(o.getKind()).name(ClusterParts.name(o));
    String subject = o.getKind() + " " + ClusterParts.name(o);
    HasMetadata live = ops.get(o);
    if (live == null) {
      return new PlanItem(
          change.action(ChangeAction.CREATE).build(),
          new Step(
              subject,
              waits ->
                  new Step.Done(Outcome.CREATED, "ready (" + ops.applyAndWait(o, waits) + ")")));
    }
    List<String> fields;
    try {
      fields = JsonDiff.paths(ClusterOps.comparable(live), ClusterOps.comparable(ops.dryRun(o)));
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      change.note("fields owned by other field managers: apply fails unless forceConflicts");
      fields = List.of("(conflict)");
    }
    if (fields.isEmpty()) {
      return new PlanItem(
          change.action(ChangeAction.UNCHANGED).build(),
          new Step(
              subject,
              waits ->
                  new Step.Done(
                      Outcome.UNCHANGED, "ready (" + ops.waitUntilReady(o, waits) + ")")));
    }
    return new PlanItem(
        change.action(ChangeAction.UPDATE).changedFields(fields).build(),
        new Step(
            subject,
            waits -> new Step.Done(Outcome.UPDATED, "ready (" + ops.applyAndWait(o, waits) + ")")));
  }

  /**
   * Finds the objects of the stack's kinds that carry its labels but are no longer defined, in
   * delete order (the reverse of apply order).
   */
  List<PlanItem> orphans(Desired desired) {
    Set<String> wanted =
        desired.objects().stream().map(ClusterParts::key).collect(Collectors.toSet());
    Set<Class<? extends HasMetadata>> kinds = new LinkedHashSet<>();
    desired.objects().forEach(o -> kinds.add(o.getClass()));
    List<HasMetadata> found = new ArrayList<>();
    for (Class<? extends HasMetadata> kind : kinds) {
      for (HasMetadata o : list(kind, desired.inputs())) {
        if (!wanted.contains(ClusterParts.key(o))) {
          found.add(o);
        }
      }
    }
    List<PlanItem> items = new ArrayList<>();
    for (HasMetadata o : KubernetesApplier.applyOrder(found)) {
      items.add(0, orphan(o));
    }
    return items;
  }

  private List<? extends HasMetadata> list(Class<? extends HasMetadata> kind, StackInputs in) {
    try {
      var resources = ops.client().resources(kind);
      boolean namespaced = Namespaced.class.isAssignableFrom(kind);
      return (namespaced ? resources.inNamespace(in.namespace()) : resources)
          .withLabels(ClusterParts.selector(in))
          .list()
          .getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
        return List.of(); // the kind's CRD is not installed: nothing of it exists
      }
      throw e;
    }
  }

  private PlanItem orphan(HasMetadata o) {
    return new PlanItem(
        PlannedChange.builder()
            .target(Target.CLUSTER)
            .kind(o.getKind())
            .name(ClusterParts.name(o))
            .action(ChangeAction.DELETE_ORPHAN)
            .note("labelled with this stack but no longer part of it")
            .build(),
        deleteStep(o));
  }

  /** Returns the step that deletes an object and waits until it is gone. */
  Step deleteStep(HasMetadata o) {
    return new Step(
        o.getKind() + " " + ClusterParts.name(o),
        waits ->
            ops.deleteAndWait(o, waits)
                ? new Step.Done(Outcome.DELETED, "gone")
                : new Step.Done(Outcome.ABSENT, "did not exist"));
  }
}
