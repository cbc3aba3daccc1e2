package dev.llmgateway.admin.k8s.gke;

import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.admin.k8s.internal.HealthCheckRules;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import org.jspecify.annotations.Nullable;

/**
 * A {@code HealthCheckPolicy} ({@code networking.gke.io/v1}): how the load balancer probes the
 * backends of a Service or InferencePool. The builder enforces the CRD's CEL rules, among them that
 * {@code port} needs {@code portSpecification: USE_FIXED_PORT} (a rule the {@code inferencepool}
 * chart v1.0.1 breaks; see {@link dev.llmgateway.admin.k8s.EndpointPickerSet}).
 *
 * <pre>{@code
 * HealthCheckPolicy policy = HealthCheckPolicy.builder()
 *     .name("vllm-l4-gemma-3-1b-it")
 *     .targetRef(ObjectRef.of("inference.networking.k8s.io", "InferencePool", "vllm-l4-gemma-3-1b-it"))
 *     .timeoutSec(2L)
 *     .checkIntervalSec(2L)
 *     .check(HealthCheck.builder(HealthCheckType.HTTP)
 *         .requestPath("/health")
 *         .portSpecification(PortSpecification.USE_FIXED_PORT)
 *         .port(8000)
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(GcpTrafficExtension.GROUP)
@Version("v1")
@Kind("HealthCheckPolicy")
@Plural("healthcheckpolicies")
public final class HealthCheckPolicy extends CustomResource<HealthCheckPolicySpec, ResourceStatus>
    implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** Creates an empty policy; used by deserialization. Prefer {@link #builder()}. */
  public HealthCheckPolicy() {}

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
    HealthCheckPolicySpec spec = getSpec();
    if (spec != null) {
      b.targetRef = spec.targetRef();
      HealthCheckPolicySpec.Defaults d = spec.defaults();
      if (d != null) {
        b.defaults.from(d);
        b.logEnabled(d.logEnabled()).check(d.check());
      }
    }
    return b;
  }

  /** Builds a validated {@link HealthCheckPolicy}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable ObjectRef targetRef;
    private final HealthCheckPolicySpec.Defaults.Builder defaults =
        new HealthCheckPolicySpec.Defaults.Builder();
    private @Nullable Boolean logEnabled;
    private @Nullable HealthCheck check;

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
     * Sets the probe timeout in seconds (1 to 300, at most the interval).
     *
     * @param timeoutSec the timeout, or null
     * @return this builder
     */
    public Builder timeoutSec(@Nullable Long timeoutSec) {
      defaults.timeoutSec(timeoutSec);
      return this;
    }

    /**
     * Sets the probe interval in seconds (1 to 300).
     *
     * @param checkIntervalSec the interval, or null
     * @return this builder
     */
    public Builder checkIntervalSec(@Nullable Long checkIntervalSec) {
      defaults.checkIntervalSec(checkIntervalSec);
      return this;
    }

    /**
     * Sets the healthy threshold (1 to 10).
     *
     * @param threshold the threshold, or null
     * @return this builder
     */
    public Builder healthyThreshold(@Nullable Long threshold) {
      defaults.healthyThreshold(threshold);
      return this;
    }

    /**
     * Sets the unhealthy threshold (1 to 10).
     *
     * @param threshold the threshold, or null
     * @return this builder
     */
    public Builder unhealthyThreshold(@Nullable Long threshold) {
      defaults.unhealthyThreshold(threshold);
      return this;
    }

    /**
     * Enables or disables health check logging.
     *
     * @param enabled the flag, or null
     * @return this builder
     */
    public Builder logEnabled(@Nullable Boolean enabled) {
      this.logEnabled = enabled;
      return this;
    }

    /**
     * Sets the protocol-specific check.
     *
     * @param check the check, or null
     * @return this builder
     */
    public Builder check(@Nullable HealthCheck check) {
      this.check = check;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException when a field breaks a rule of the CRD, naming the field
     */
    public HealthCheckPolicy build() {
      HealthCheckPolicy policy = new HealthCheckPolicy();
      policy.setMetadata(metadata());
      ObjectRef target = Checks.notNullArgument(targetRef, "spec.targetRef");
      HealthCheckPolicySpec.Defaults timing = defaults.build();
      HealthCheckRules.timing(
          timing.timeoutSec(),
          timing.checkIntervalSec(),
          timing.healthyThreshold(),
          timing.unhealthyThreshold());
      if (check != null) {
        HealthCheckRules.check(check);
      }
      HealthCheckPolicySpec.Defaults d =
          defaults
              .logConfig(
                  logEnabled == null
                      ? null
                      : new HealthCheckPolicySpec.LogConfig.Builder().enabled(logEnabled).build())
              .config(check == null ? null : HealthCheckPolicySpec.Config.of(check))
              .build();
      policy.setSpec(
          new HealthCheckPolicySpec.Builder()
              .targetRef(target)
              .defaults(d.isEmpty() ? null : d)
              .build());
      return policy;
    }
  }
}
