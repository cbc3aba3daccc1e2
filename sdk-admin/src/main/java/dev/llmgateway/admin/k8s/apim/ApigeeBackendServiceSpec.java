package dev.llmgateway.admin.k8s.apim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.client.internal.json.AllowNulls;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The {@code spec} of an {@link ApigeeBackendService}. Unknown fields are kept. Immutable. */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableApigeeBackendServiceSpec.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apigeeEnv", "defaultSecurityEnabled", "locations"})
public abstract class ApigeeBackendServiceSpec {

  ApigeeBackendServiceSpec() {}

  /**
   * Returns the Apigee environment.
   *
   * @return the environment, or null when unset
   */
  public abstract @Nullable String apigeeEnv();

  /**
   * Returns whether Apigee enforces API keys before any product exists.
   *
   * @return the flag, or null when unset
   */
  public abstract @Nullable Boolean defaultSecurityEnabled();

  /**
   * Returns the locations (region, network and PSC subnetwork).
   *
   * @return the locations
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Location> locations();

  /**
   * Returns fields this SDK does not model, as read from the cluster.
   *
   * @return the additional fields
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  static final class Builder extends ImmutableApigeeBackendServiceSpec.Builder {}

  /** A location: the region and the VPC network and subnetwork Apigee connects through. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableApigeeBackendServiceSpec.Location.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "network", "subnetwork"})
  public abstract static class Location {

    Location() {}

    /**
     * Returns the region.
     *
     * @return the region
     */
    @Value.Default
    public String name() {
      return "";
    }

    /**
     * Returns the network, {@code projects/P/global/networks/N}.
     *
     * @return the network, or null
     */
    public abstract @Nullable String network();

    /**
     * Returns the subnetwork, {@code projects/P/regions/R/subnetworks/S}.
     *
     * @return the subnetwork, or null
     */
    public abstract @Nullable String subnetwork();

    static final class Builder extends ImmutableApigeeBackendServiceSpec.Location.Builder {}
  }
}
