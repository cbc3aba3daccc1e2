package dev.llmgateway.emulator.internal.apigee.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The organizations of the emulated Apigee, each with its environments, fixed when the emulator
 * starts. Thread-safe.
 */
public final class ApigeeStore {

  private final Map<String, OrgStore> organizations = new LinkedHashMap<>();

  /**
   * Creates the store.
   *
   * @param organizations organization names to their environment names, at least one
   * @param clock the clock for timestamps
   * @param scheduler runs deployment settlement later
   * @param deploymentDelay how long a deployment stays PROGRESSING
   */
  public ApigeeStore(
      Map<String, ? extends Collection<String>> organizations,
      Clock clock,
      Scheduler scheduler,
      Duration deploymentDelay) {
    if (organizations.isEmpty()) {
      throw new IllegalArgumentException("organizations must not be empty");
    }
    organizations.forEach(
        (org, envs) ->
            this.organizations.put(
                org, new OrgStore(org, Set.copyOf(envs), clock, scheduler, deploymentDelay)));
  }

  /**
   * Returns an organization.
   *
   * @param name the organization name
   * @return the organization
   * @throws ApiError PERMISSION_DENIED, as Google APIs answer for an unknown organization
   */
  public OrgStore org(String name) {
    OrgStore o = organizations.get(name);
    if (o == null) {
      throw ApiError.permissionDenied(
          "Permission denied on resource \"organizations/"
              + name
              + "\" (or it may not exist); the emulator serves "
              + organizations.keySet());
    }
    return o;
  }

  /**
   * Returns the organizations.
   *
   * @return the organizations, in configuration order
   */
  public List<OrgStore> organizations() {
    return List.copyOf(organizations.values());
  }

  /**
   * Returns the organization that has an environment.
   *
   * @param environment the environment name
   * @return the first organization with it, or null
   */
  public @Nullable OrgStore withEnvironment(String environment) {
    for (OrgStore o : organizations.values()) {
      if (o.environments().contains(environment)) {
        return o;
      }
    }
    return null;
  }
}
