package dev.llmgateway.emulator.internal.apigee.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The deployment of one revision of a proxy in an environment; mutated only under its
 * organization's lock. While it is PROGRESSING, the revision it replaced (if READY) keeps serving,
 * as Apigee's zero-downtime deployments do; it stops when this one becomes READY.
 */
final class DeploymentEntity {
  final String environment;
  final String proxy;
  final int revision;
  final long deployStartTime;
  String state = "PROGRESSING";
  final List<String> errors = new ArrayList<>();
  @Nullable DeploymentEntity replaced;

  DeploymentEntity(String environment, String proxy, int revision, long deployStartTime) {
    this.environment = environment;
    this.proxy = proxy;
    this.revision = revision;
    this.deployStartTime = deployStartTime;
  }
}
