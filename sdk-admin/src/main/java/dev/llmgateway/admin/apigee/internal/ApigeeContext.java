package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.admin.apigee.names.OrganizationName;
import dev.llmgateway.client.Sleeper;
import java.time.Clock;
import java.time.Duration;

/** What the resource clients share: transport, codec, organization, time. */
public final class ApigeeContext {

  private final ApigeeHttp http;
  private final ModelJson json;
  private final OrganizationName organization;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration pollInterval;

  /**
   * Creates the context.
   *
   * @param http transport
   * @param organization the organization
   * @param clock clock for deadlines and key expiry
   * @param sleeper waits between polls
   * @param pollInterval wait between deployment polls
   */
  public ApigeeContext(
      ApigeeHttp http,
      OrganizationName organization,
      Clock clock,
      Sleeper sleeper,
      Duration pollInterval) {
    this.http = http;
    this.json = new ModelJson(http.mapper());
    this.organization = organization;
    this.clock = clock;
    this.sleeper = sleeper;
    this.pollInterval = pollInterval;
  }

  /** Returns the transport. */
  public ApigeeHttp http() {
    return http;
  }

  /** Returns the codec. */
  public ModelJson json() {
    return json;
  }

  /** Returns the organization. */
  public OrganizationName organization() {
    return organization;
  }

  /** Returns the clock. */
  public Clock clock() {
    return clock;
  }

  /** Returns the sleeper. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Returns the deployment poll interval. */
  public Duration pollInterval() {
    return pollInterval;
  }
}
