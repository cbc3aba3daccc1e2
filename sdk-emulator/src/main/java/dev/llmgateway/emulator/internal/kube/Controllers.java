package dev.llmgateway.emulator.internal.kube;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The controllers the emulator plays (GKE's Gateway controller, the Apigee APIM operator, the
 * Deployment controller), run after every change: each computes the status of each of its objects
 * from what is stored and writes it when it differs, so an unchanged cluster gets no writes.
 */
final class Controllers {

  private final Store store;
  private final Writes writes;
  private final List<StatusController> controllers;

  /**
   * Creates the controllers.
   *
   * @param store the stored objects
   * @param writes the write pipeline for status writes
   * @param frontDoorHost the address Gateways report
   */
  Controllers(Store store, Writes writes, String frontDoorHost) {
    this.store = store;
    this.writes = writes;
    this.controllers =
        List.of(
            new GatewayStatus(store, frontDoorHost),
            new RouteStatus(store),
            new TrafficExtensionStatus(store),
            new ApigeeStatus("apigeebackendservices"),
            new ApigeeStatus("apiproducts"),
            new ApigeeStatus("apioperationsets"),
            new DeploymentStatus());
  }

  /**
   * Brings every controlled object's status up to date.
   *
   * @return whether any status changed
   */
  boolean reconcile() {
    boolean changed = false;
    String now = writes.now();
    for (StatusController c : controllers) {
      Optional<ApiResource> r = store.resources().resolve(c.group(), c.version(), c.plural());
      if (r.isEmpty()) {
        continue;
      }
      for (ObjectNode o : store.list(r.get())) {
        if (o.path("metadata").has("deletionTimestamp")) {
          continue;
        }
        JsonNode desired = c.desired(o, now);
        if (desired != null) {
          changed |= writes.writeStatus(r.get(), o, desired, c.manager());
        }
      }
    }
    return changed;
  }
}
