package dev.llmgateway.admin.k8s.monitoring;

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

/** The {@code spec} of a {@link PodMonitoring}. Unknown fields are kept. Immutable. */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutablePodMonitoringSpec.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"endpoints", "selector"})
public abstract class PodMonitoringSpec {

  PodMonitoringSpec() {}

  /**
   * Returns the scraped endpoints.
   *
   * @return the endpoints
   */
  public abstract List<Endpoint> endpoints();

  @Value.Default
  Selector selector() {
    return new Selector.Builder().build();
  }

  /**
   * Returns fields this SDK does not model, as read from the cluster.
   *
   * @return the additional fields
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /**
   * Returns the labels of the scraped pods.
   *
   * @return the match labels
   */
  public Map<String, String> matchLabels() {
    return selector().matchLabels();
  }

  static final class Builder extends ImmutablePodMonitoringSpec.Builder {}

  @Value.Immutable
  @JsonDeserialize(as = ImmutablePodMonitoringSpec.Selector.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Selector {
    abstract Map<String, String> matchLabels();

    static final class Builder extends ImmutablePodMonitoringSpec.Selector.Builder {}
  }

  /** One scrape endpoint, optionally authorised with a bearer token from a Secret. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutablePodMonitoringSpec.Endpoint.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"port", "scheme", "interval", "path", "authorization"})
  public abstract static class Endpoint {

    Endpoint() {}

    /**
     * Returns the container port name (or number as text).
     *
     * @return the port
     */
    @Value.Default
    public String port() {
      return "";
    }

    /**
     * Returns the scheme.
     *
     * @return {@code http} or {@code https}, or null
     */
    public abstract @Nullable String scheme();

    /**
     * Returns the scrape interval, for example {@code 10s}.
     *
     * @return the interval, or null
     */
    public abstract @Nullable String interval();

    /**
     * Returns the metrics path.
     *
     * @return the path, or null
     */
    public abstract @Nullable String path();

    abstract @Nullable Map<String, Object> authorization();

    /**
     * Returns the name of the Secret holding the bearer token.
     *
     * @return the Secret name, or null when the endpoint is not authorised
     */
    public @Nullable String bearerTokenSecret() {
      Object credentials = authorization() == null ? null : authorization().get("credentials");
      Object secret = credentials instanceof Map ? ((Map<?, ?>) credentials).get("secret") : null;
      return secret instanceof Map ? (String) ((Map<?, ?>) secret).get("name") : null;
    }

    static final class Builder extends ImmutablePodMonitoringSpec.Endpoint.Builder {}
  }
}
