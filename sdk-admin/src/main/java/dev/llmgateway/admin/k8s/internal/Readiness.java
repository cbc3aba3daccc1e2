package dev.llmgateway.admin.k8s.internal;

import dev.llmgateway.admin.k8s.ResourceNotReadyException;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.gke.GcpTrafficExtension;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.PolicyAncestorStatus;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.RouteParentStatus;
import io.fabric8.kubernetes.client.CustomResource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides from an observed object whether it is ready, still pending (with a description of what
 * was seen) or failed (throws {@link ResourceNotReadyException} with the controller's reason).
 */
public final class Readiness {

  private static final Set<String> APIGEE_DONE = Set.of("CREATED", "RUNNING");
  private static final Set<String> APIGEE_FAILED = Set.of("ERROR", "FAILED");

  private Readiness() {}

  /** The result of one observation: ready, or pending with what was seen. */
  public static final class Verdict {
    public final boolean ready;
    public final String seen;

    Verdict(boolean ready, String seen) {
      this.ready = ready;
      this.seen = seen;
    }
  }

  /** Returns {@code Kind namespace/name}. */
  public static String describe(HasMetadata o) {
    String ns = o.getMetadata().getNamespace();
    return o.getKind() + " " + (ns == null ? "" : ns + "/") + o.getMetadata().getName();
  }

  /** Evaluates an observed object, or null when it does not exist yet. */
  public static Verdict evaluate(HasMetadata desired, @Nullable HasMetadata observed) {
    if (observed == null) {
      return new Verdict(false, "not found yet");
    }
    if (observed instanceof Deployment d) {
      return deployment(d);
    }
    if (observed instanceof Gateway g) {
      return gateway(g);
    }
    if (observed instanceof HTTPRoute r) {
      return route(r);
    }
    if (observed instanceof GcpTrafficExtension e) {
      return trafficExtension(e);
    }
    if (observed instanceof CustomResource<?, ?> cr
        && "apim.googleapis.com".equals(cr.getGroup())) {
      return apigee(cr);
    }
    return new Verdict(true, "exists");
  }

  private static Verdict deployment(Deployment d) {
    if (d.getStatus() == null || d.getStatus().getConditions() == null) {
      return new Verdict(false, "no status yet");
    }
    for (DeploymentCondition c : d.getStatus().getConditions()) {
      if ("Progressing".equals(c.getType()) && "False".equals(c.getStatus())) {
        throw failed(d, "Progressing", c.getReason(), c.getMessage());
      }
      if ("ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus())) {
        throw failed(d, "ReplicaFailure", c.getReason(), c.getMessage());
      }
    }
    for (DeploymentCondition c : d.getStatus().getConditions()) {
      if ("Available".equals(c.getType())) {
        return new Verdict("True".equals(c.getStatus()), "Available=" + c.getStatus());
      }
    }
    return new Verdict(false, "no Available condition yet");
  }

  private static Verdict gateway(Gateway g) {
    if (g.getStatus() == null) {
      return new Verdict(false, "no status yet");
    }
    List<Condition> conditions = g.getStatus().getConditions();
    Condition accepted = find(conditions, "Accepted");
    if (accepted != null && "False".equals(accepted.getStatus())) {
      throw failed(g, "Accepted", accepted.getReason(), accepted.getMessage());
    }
    Condition programmed = find(conditions, "Programmed");
    if (programmed == null) {
      return new Verdict(false, "no Programmed condition yet");
    }
    // Pending is the normal state while the load balancer is built; other False reasons are final.
    if ("False".equals(programmed.getStatus()) && !"Pending".equals(programmed.getReason())) {
      throw failed(g, "Programmed", programmed.getReason(), programmed.getMessage());
    }
    boolean hasAddress =
        g.getStatus().getAddresses() != null && !g.getStatus().getAddresses().isEmpty();
    boolean ready = "True".equals(programmed.getStatus()) && hasAddress;
    return new Verdict(
        ready, "Programmed=" + programmed.getStatus() + (hasAddress ? "" : ", no address yet"));
  }

  private static Verdict route(HTTPRoute r) {
    List<ParentReference> wanted = r.getSpec() == null ? List.of() : r.getSpec().getParentRefs();
    if (wanted == null || wanted.isEmpty()) {
      return new Verdict(true, "no parents");
    }
    List<RouteParentStatus> parents =
        r.getStatus() == null || r.getStatus().getParents() == null
            ? List.of()
            : r.getStatus().getParents();
    String routeNs = r.getMetadata().getNamespace();
    for (ParentReference ref : wanted) {
      RouteParentStatus match =
          parents.stream()
              .filter(p -> sameParent(ref, p.getParentRef(), routeNs))
              .findFirst()
              .orElse(null);
      if (match == null) {
        return new Verdict(false, "no status from Gateway " + ref.getName() + " yet");
      }
      Verdict v = acceptedAndResolved(r, match.getConditions(), "Gateway " + ref.getName());
      if (!v.ready) {
        return v;
      }
    }
    return new Verdict(true, "Accepted and ResolvedRefs");
  }

  private static Verdict trafficExtension(GcpTrafficExtension e) {
    ResourceStatus status = e.getStatus();
    List<PolicyAncestorStatus> ancestors = status == null ? List.of() : status.ancestors();
    String ns = e.getMetadata().getNamespace();
    if (e.getSpec() == null) {
      return new Verdict(true, "no targets");
    }
    for (var target : e.getSpec().targetRefs()) {
      ParentReference ref = new ParentReference();
      ref.setGroup(target.group());
      ref.setKind(target.kind());
      ref.setName(target.name());
      PolicyAncestorStatus match =
          ancestors.stream()
              .filter(a -> sameParent(ref, a.getAncestorRef(), ns))
              .findFirst()
              .orElse(null);
      if (match == null) {
        return new Verdict(false, "no status from " + target.kind() + " " + target.name() + " yet");
      }
      Verdict v =
          acceptedAndResolved(e, match.getConditions(), target.kind() + " " + target.name());
      if (!v.ready) {
        return v;
      }
    }
    return new Verdict(true, "Accepted and ResolvedRefs");
  }

  private static Verdict acceptedAndResolved(
      HasMetadata o, @Nullable List<Condition> conditions, String parent) {
    Condition accepted = find(conditions, "Accepted");
    Condition resolved = find(conditions, "ResolvedRefs");
    for (Condition c : new Condition[] {accepted, resolved}) {
      if (c != null && "False".equals(c.getStatus())) {
        throw failed(o, c.getType() + " (" + parent + ")", c.getReason(), c.getMessage());
      }
    }
    boolean ready =
        accepted != null
            && "True".equals(accepted.getStatus())
            && resolved != null
            && "True".equals(resolved.getStatus());
    return new Verdict(
        ready,
        parent
            + ": Accepted="
            + (accepted == null ? "unset" : accepted.getStatus())
            + ", ResolvedRefs="
            + (resolved == null ? "unset" : resolved.getStatus()));
  }

  private static Verdict apigee(CustomResource<?, ?> cr) {
    if (!(cr.getStatus() instanceof ResourceStatus status)) {
      return new Verdict(false, "no status yet");
    }
    String error = status.field("errorMessage").orElse("");
    String state = status.field("state").orElse("");
    if (!error.isBlank() || APIGEE_FAILED.contains(state)) {
      throw failed(cr, "state", state.isEmpty() ? null : state, error);
    }
    return new Verdict(APIGEE_DONE.contains(state), "state=" + (state.isEmpty() ? "unset" : state));
  }

  private static boolean sameParent(
      ParentReference wanted, @Nullable ParentReference seen, @Nullable String ownNamespace) {
    if (seen == null || !Objects.equals(wanted.getName(), seen.getName())) {
      return false;
    }
    String wantedKind = wanted.getKind() == null ? "Gateway" : wanted.getKind();
    String seenKind = seen.getKind() == null ? "Gateway" : seen.getKind();
    String wantedNs = wanted.getNamespace() == null ? ownNamespace : wanted.getNamespace();
    String seenNs = seen.getNamespace() == null ? ownNamespace : seen.getNamespace();
    return wantedKind.equals(seenKind) && Objects.equals(wantedNs, seenNs);
  }

  private static @Nullable Condition find(@Nullable List<Condition> conditions, String type) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream().filter(c -> type.equals(c.getType())).findFirst().orElse(null);
  }

  private static ResourceNotReadyException failed(
      HasMetadata o, String what, @Nullable String reason, @Nullable String message) {
    String resource = describe(o);
    return new ResourceNotReadyException(
        resource,
        reason,
        false,
        resource
            + " failed: "
            + what
            + (reason == null ? "" : " reason " + reason)
            + (message == null || message.isBlank() ? "" : ": " + message));
  }
}
