package dev.llmgateway.admin.k8s.gke;

import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import org.jspecify.annotations.Nullable;

/**
 * A {@code GCPBackendPolicy} ({@code networking.gke.io/v1}): load balancer backend settings for a
 * Service or InferencePool (timeout, logging, rate, draining, security policy). IAP and session
 * affinity are not modelled.
 *
 * <pre>{@code
 * GcpBackendPolicy policy = GcpBackendPolicy.builder()
 *     .name("vllm-l4-gemma-3-1b-it")
 *     .targetRef(ObjectRef.of("inference.networking.k8s.io", "InferencePool", "vllm-l4-gemma-3-1b-it"))
 *     .timeoutSec(300L)
 *     .loggingEnabled(true)
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(GcpTrafficExtension.GROUP)
@Version("v1")
@Kind("GCPBackendPolicy")
@Plural("gcpbackendpolicies")
public final class GcpBackendPolicy extends CustomResource<GcpBackendPolicySpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** Creates an empty policy; used by deserialization. Prefer {@link #builder()}. */
  public GcpBackendPolicy() {}

  /**
   * Returns a builder. Required: {@code name} and {@code targetRef}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    GcpBackendPolicySpec spec = getSpec();
    if (spec != null) {
      b.targetRef = spec.targetRef();
      GcpBackendPolicySpec.Defaults d = spec.defaults();
      if (d != null) {
        b.defaults.from(d);
        b.loggingEnabled(d.loggingEnabled()).loggingSampleRate(d.loggingSampleRate());
        b.drainingTimeoutSec(d.drainingTimeoutSec());
      }
    }
    return b;
  }

  /** Builds a validated {@link GcpBackendPolicy}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable ObjectRef targetRef;
    private final GcpBackendPolicySpec.Defaults.Builder defaults =
        new GcpBackendPolicySpec.Defaults.Builder();
    private final GcpBackendPolicySpec.Logging.Builder logging =
        new GcpBackendPolicySpec.Logging.Builder();
    private @Nullable Long drainingTimeoutSec;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the target (required).
     *
     * @param targetRef the target
     * @return this builder
     */
    public Builder targetRef(ObjectRef targetRef) {
      this.targetRef = targetRef;
      return this;
    }

    /**
     * Sets the backend timeout in seconds (at least 1).
     *
     * @param timeoutSec the timeout, or null
     * @return this builder
     */
    public Builder timeoutSec(@Nullable Long timeoutSec) {
      defaults.timeoutSec(timeoutSec);
      return this;
    }

    /**
     * Enables or disables load balancer logging.
     *
     * @param enabled the flag, or null
     * @return this builder
     */
    public Builder loggingEnabled(@Nullable Boolean enabled) {
      logging.enabled(enabled);
      return this;
    }

    /**
     * Sets the logging sample rate, per million (0 to 1000000).
     *
     * @param sampleRate the rate, or null
     * @return this builder
     */
    public Builder loggingSampleRate(@Nullable Integer sampleRate) {
      logging.sampleRate(sampleRate);
      return this;
    }

    /**
     * Sets the maximum requests per second per endpoint (1 to 1000000000).
     *
     * @param rate the rate, or null
     * @return this builder
     */
    public Builder maxRatePerEndpoint(@Nullable Long rate) {
      defaults.maxRatePerEndpoint(rate);
      return this;
    }

    /**
     * Sets the connection draining timeout in seconds (0 to 3600).
     *
     * @param seconds the timeout, or null
     * @return this builder
     */
    public Builder drainingTimeoutSec(@Nullable Long seconds) {
      this.drainingTimeoutSec = seconds;
      return this;
    }

    /**
     * Sets the Cloud Armor security policy.
     *
     * @param securityPolicy the policy name, or null
     * @return this builder
     */
    public Builder securityPolicy(@Nullable String securityPolicy) {
      defaults.securityPolicy(securityPolicy);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException when a field breaks a rule of the CRD, naming the field
     */
    public GcpBackendPolicy build() {
      GcpBackendPolicy policy = new GcpBackendPolicy();
      policy.setMetadata(metadata());
      ObjectRef target = Checks.notNullArgument(targetRef, "spec.targetRef");
      GcpBackendPolicySpec.Logging log = logging.build();
      boolean logs = log.enabled() != null || log.sampleRate() != null;
      defaults
          .logging(logs ? log : null)
          .connectionDraining(
              drainingTimeoutSec == null
                  ? null
                  : new GcpBackendPolicySpec.ConnectionDraining.Builder()
                      .drainingTimeoutSec(drainingTimeoutSec)
                      .build());
      GcpBackendPolicySpec.Defaults d = defaults.build();
      String path = "spec.default.";
      if (d.timeoutSec() != null) {
        Checks.range(d.timeoutSec(), 1, Integer.MAX_VALUE, path + "timeoutSec");
      }
      if (d.loggingSampleRate() != null) {
        Checks.range(d.loggingSampleRate(), 0, 1_000_000, path + "logging.sampleRate");
      }
      if (d.maxRatePerEndpoint() != null) {
        Checks.range(d.maxRatePerEndpoint(), 1, 1_000_000_000, path + "maxRatePerEndpoint");
      }
      if (d.drainingTimeoutSec() != null) {
        Checks.range(
            d.drainingTimeoutSec(), 0, 3600, path + "connectionDraining.drainingTimeoutSec");
      }
      policy.setSpec(
          new GcpBackendPolicySpec.Builder()
              .targetRef(target)
              .defaults(d.isEmpty() ? null : d)
              .build());
      return policy;
    }
  }
}
