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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Builder b = new Builder();
    b.metadataFrom(getMetadata());
    ApigeeBackendServiceSpec spec = getSpec();
    if (spec != null) {
      b.apigeeEnv = spec.apigeeEnv();
      b.defaultSecurityEnabled = spec.defaultSecurityEnabled();
      for (ApigeeBackendServiceSpec.Location l : spec.locations()) {
        b.locations.add(new String[] {l.name(), l.network(), l.subnetwork()});
      }
      b.additionalProperties.putAll(spec.additionalProperties());
    }
    return b;
  }

  /** Builds a validated {@link ApigeeBackendService}; unset fields are not sent. */
  public static final class Builder extends ResourceBuilder<Builder> {
    private @Nullable String apigeeEnv;
    private @Nullable Boolean defaultSecurityEnabled;
    private final List<String[]> locations = new ArrayList<>();
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

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
      this.apigeeEnv = apigeeEnv;
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
      this.defaultSecurityEnabled = enabled;
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
      locations.add(new String[] {region, network, subnetwork});
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
      additionalProperties.put(field, value);
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
      String env = Checks.notBlank(apigeeEnv, "spec.apigeeEnv");
      Checks.find(env, RESOURCE_NAME, "spec.apigeeEnv");
      if (locations.isEmpty()) {
        throw new IllegalArgumentException("spec.locations must have at least 1 item");
      }
      List<ApigeeBackendServiceSpec.Location> locs = new ArrayList<>();
      for (int i = 0; i < locations.size(); i++) {
        String[] l = locations.get(i);
        String path = "spec.locations[" + i + "].";
        Checks.find(Checks.notBlank(l[0], path + "name"), REGION, path + "name");
        Checks.find(Checks.notBlank(l[1], path + "network"), NETWORK, path + "network");
        Checks.find(Checks.notBlank(l[2], path + "subnetwork"), SUBNETWORK, path + "subnetwork");
        locs.add(ApigeeBackendServiceSpec.Location.of(l[0], l[1], l[2]));
      }
      abs.setSpec(
          ApigeeBackendServiceSpec.of(env, defaultSecurityEnabled, locs, additionalProperties));
      return abs;
    }
  }
}
