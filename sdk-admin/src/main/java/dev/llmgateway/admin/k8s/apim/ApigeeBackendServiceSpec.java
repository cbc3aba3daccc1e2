package dev.llmgateway.admin.k8s.apim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spec} of an {@link ApigeeBackendService}. Unknown fields are kept. Immutable from the
 * outside.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apigeeEnv", "defaultSecurityEnabled", "locations"})
public final class ApigeeBackendServiceSpec {

  @JsonProperty("apigeeEnv")
  private @Nullable String apigeeEnv;

  @JsonProperty("defaultSecurityEnabled")
  private @Nullable Boolean defaultSecurityEnabled;

  @JsonProperty("locations")
  private @Nullable List<Location> locations;

  private Map<String, Object> additionalProperties = new LinkedHashMap<>();

  private ApigeeBackendServiceSpec() {}

  static ApigeeBackendServiceSpec of(
      String apigeeEnv,
      @Nullable Boolean defaultSecurityEnabled,
      List<Location> locations,
      Map<String, Object> additionalProperties) {
    ApigeeBackendServiceSpec spec = new ApigeeBackendServiceSpec();
    spec.apigeeEnv = apigeeEnv;
    spec.defaultSecurityEnabled = defaultSecurityEnabled;
    spec.locations = locations.isEmpty() ? null : new ArrayList<>(locations);
    spec.additionalProperties = new LinkedHashMap<>(additionalProperties);
    return spec;
  }

  /**
   * Returns the Apigee environment.
   *
   * @return the environment, or null when unset
   */
  public @Nullable String apigeeEnv() {
    return apigeeEnv;
  }

  /**
   * Returns whether Apigee enforces API keys before any product exists.
   *
   * @return the flag, or null when unset
   */
  public @Nullable Boolean defaultSecurityEnabled() {
    return defaultSecurityEnabled;
  }

  /**
   * Returns the locations (region, network and PSC subnetwork).
   *
   * @return the locations
   */
  public List<Location> locations() {
    return locations == null ? List.of() : List.copyOf(locations);
  }

  /**
   * Returns fields this SDK does not model, as read from the cluster.
   *
   * @return the additional fields
   */
  @JsonAnyGetter
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  void putAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }

  /** A location: the region and the VPC network and subnetwork Apigee connects through. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "network", "subnetwork"})
  public static final class Location {
    @JsonProperty("name")
    private String name = "";

    @JsonProperty("network")
    private @Nullable String network;

    @JsonProperty("subnetwork")
    private @Nullable String subnetwork;

    private Location() {}

    static Location of(String name, String network, String subnetwork) {
      Location l = new Location();
      l.name = name;
      l.network = network;
      l.subnetwork = subnetwork;
      return l;
    }

    /**
     * Returns the region.
     *
     * @return the region
     */
    public String name() {
      return name;
    }

    /**
     * Returns the network, {@code projects/P/global/networks/N}.
     *
     * @return the network, or null
     */
    public @Nullable String network() {
      return network;
    }

    /**
     * Returns the subnetwork, {@code projects/P/regions/R/subnetworks/S}.
     *
     * @return the subnetwork, or null
     */
    public @Nullable String subnetwork() {
      return subnetwork;
    }
  }
}
