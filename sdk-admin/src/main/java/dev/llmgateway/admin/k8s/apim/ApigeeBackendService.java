package dev.llmgateway.admin.k8s.apim;

import dev.llmgateway.admin.k8s.common.ResourceBuilder;
import dev.llmgateway.admin.k8s.common.ResourceStatus;
import dev.llmgateway.client.internal.check.Checks;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An {@code ApigeeBackendService} ({@code apim.googleapis.com/v1}): the Apigee runtime a {@link
 * dev.llmgateway.admin.k8s.gke.GcpTrafficExtension} calls. The operator reports {@code status.state
 * CREATED} when it is ready.
 *
 * <pre>{@code
 * ApigeeBackendService abs = ApigeeBackendService.builder()
 *     .name("apigee-llm-inf-gw")
 *     .apigeeEnv("apim-enabled-dep-env")
 *     .defaultSecurityEnabled(true)
 *     .location("us-central1", "my-project", "acp-dev", "acp-dev")
 *     .build();
 * }</pre>
 *
 * <p>A mutable Fabric8 JavaBean; the public constructor exists for deserialization.
 */
@Group(ApigeeBackendService.GROUP)
@Version("v1")
@Kind("ApigeeBackendService")
@Plural("apigeebackendservices")
public final class ApigeeBackendService
    extends CustomResource<ApigeeBackendServiceSpec, ResourceStatus> implements Namespaced {

  private static final long serialVersionUID = 1L;

  /** The API group, {@value}. */
  public static final String GROUP = "apim.googleapis.com";

  static final Pattern PROJECT = Pattern.compile("^[a-z][a-z0-9-]{4,28}[a-z0-9]$");
  static final Pattern REGION = Pattern.compile("^[a-z]+-[a-z]+[0-9]+$");
  static final Pattern RESOURCE_NAME = Pattern.compile("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$");
  private static final Pattern NETWORK = Pattern.compile("^projects/[^/]+/global/networks/[^/]+$");
  private static final Pattern SUBNETWORK =
      Pattern.compile("^projects/[^/]+/regions/[^/]+/subnetworks/[^/]+$");

  /** Creates an empty resource; used by deserialization. Prefer {@link #builder()}. */
  public ApigeeBackendService() {}

  /**
   * Returns a builder. Required: {@code name}, {@code apigeeEnv} and at least one location.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this resource.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().metadataFrom(getMetadata());
    if (getSpec() != null) {
      b.spec.from(getSpec());
    }
    return b;
  }

  /** Builds a validated {@link ApigeeBackendService}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private final ApigeeBackendServiceSpec.Builder spec = new ApigeeBackendServiceSpec.Builder();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the Apigee environment (required; must have APIM enabled).
     *
     * @param apigeeEnv the environment name
     * @return this builder
     */
    public Builder apigeeEnv(String apigeeEnv) {
      spec.apigeeEnv(apigeeEnv);
      return this;
    }

    /**
     * Sets whether Apigee rejects calls without a valid key before any product exists; unset is not
     * sent.
     *
     * @param enabled the flag, or null
     * @return this builder
     */
    public Builder defaultSecurityEnabled(@Nullable Boolean enabled) {
      spec.defaultSecurityEnabled(enabled);
      return this;
    }

    /**
     * Adds a location from its parts, as the guide's heredoc composes it.
     *
     * @param region the region, for example {@code us-central1}
     * @param project the project id
     * @param network the VPC network name
     * @param subnet the Private Service Connect subnet name
     * @return this builder
     */
    public Builder location(String region, String project, String network, String subnet) {
      String r = Checks.find(Checks.notBlank(region, "region"), REGION, "region");
      String p = Checks.find(Checks.notBlank(project, "project"), PROJECT, "project");
      Checks.find(Checks.notBlank(network, "network"), RESOURCE_NAME, "network");
      Checks.find(Checks.notBlank(subnet, "subnet"), RESOURCE_NAME, "subnet");
      return addLocation(
          r,
          "projects/" + p + "/global/networks/" + network,
          "projects/" + p + "/regions/" + r + "/subnetworks/" + subnet);
    }

    /**
     * Adds a location with full resource paths.
     *
     * @param region the region
     * @param network {@code projects/P/global/networks/N}
     * @param subnetwork {@code projects/P/regions/R/subnetworks/S}
     * @return this builder
     */
    public Builder addLocation(String region, String network, String subnetwork) {
      spec.addLocation(
          new ApigeeBackendServiceSpec.Location.Builder()
              .name(region)
              .network(network)
              .subnetwork(subnetwork)
              .build());
      return this;
    }

    /**
     * Sets a spec field this SDK does not model; it is sent as given.
     *
     * @param field the JSON field name
     * @param value the value (a String, Number, Boolean, List or Map)
     * @return this builder
     */
    public Builder putAdditionalProperty(String field, Object value) {
      spec.putAdditionalProperty(field, value);
      return this;
    }

    /**
     * Builds the resource.
     *
     * @return the resource
     * @throws IllegalArgumentException when a field is invalid, naming the field
     */
    public ApigeeBackendService build() {
      ApigeeBackendService abs = new ApigeeBackendService();
      abs.setMetadata(metadata());
      ApigeeBackendServiceSpec s = spec.build();
      Checks.find(
          Checks.notBlank(s.apigeeEnv(), "spec.apigeeEnv"), RESOURCE_NAME, "spec.apigeeEnv");
      if (s.locations().isEmpty()) {
        throw new IllegalArgumentException("spec.locations must have at least 1 item");
      }
      for (int i = 0; i < s.locations().size(); i++) {
        ApigeeBackendServiceSpec.Location l = s.locations().get(i);
        String path = "spec.locations[" + i + "].";
        Checks.find(Checks.notBlank(l.name(), path + "name"), REGION, path + "name");
        Checks.find(Checks.notBlank(l.network(), path + "network"), NETWORK, path + "network");
        Checks.find(
            Checks.notBlank(l.subnetwork(), path + "subnetwork"), SUBNETWORK, path + "subnetwork");
      }
      abs.setSpec(s);
      return abs;
    }
  }
}
