package dev.llmgateway.admin.k8s.monitoring;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code spec} of a {@link PodMonitoring}. Unknown fields are kept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"endpoints", "selector"})
public final class PodMonitoringSpec {

  @JsonProperty("endpoints")
  List<Endpoint> endpoints = new ArrayList<>();

  @JsonProperty("selector")
  Selector selector = new Selector();

  private Map<String, Object> additionalProperties = new LinkedHashMap<>();

  PodMonitoringSpec() {}

  /**
   * Returns the scraped endpoints.
   *
   * @return the endpoints
   */
  public List<Endpoint> endpoints() {
    return List.copyOf(endpoints);
  }

  /**
   * Returns the labels of the scraped pods.
   *
   * @return the match labels
   */
  public Map<String, String> matchLabels() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(selector.matchLabels));
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

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Selector {
    @JsonProperty("matchLabels")
    Map<String, String> matchLabels = new LinkedHashMap<>();
  }

  /** One scrape endpoint, optionally authorised with a bearer token from a Secret. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"port", "scheme", "interval", "path", "authorization"})
  public static final class Endpoint {
    @JsonProperty("port")
    String port = "";

    @JsonProperty("scheme")
    @Nullable String scheme;

    @JsonProperty("interval")
    @Nullable String interval;

    @JsonProperty("path")
    @Nullable String path;

    @JsonProperty("authorization")
    @Nullable Map<String, Object> authorization;

    Endpoint() {}

    /**
     * Returns the container port name (or number as text).
     *
     * @return the port
     */
    public String port() {
      return port;
    }

    /**
     * Returns the scheme.
     *
     * @return {@code http} or {@code https}, or null
     */
    public @Nullable String scheme() {
      return scheme;
    }

    /**
     * Returns the scrape interval, for example {@code 10s}.
     *
     * @return the interval, or null
     */
    public @Nullable String interval() {
      return interval;
    }

    /**
     * Returns the metrics path.
     *
     * @return the path, or null
     */
    public @Nullable String path() {
      return path;
    }

    /**
     * Returns the name of the Secret holding the bearer token.
     *
     * @return the Secret name, or null when the endpoint is not authorised
     */
    @SuppressWarnings("unchecked")
    public @Nullable String bearerTokenSecret() {
      if (authorization == null) {
        return null;
      }
      Object credentials = authorization.get("credentials");
      if (!(credentials instanceof Map)) {
        return null;
      }
      Object secret = ((Map<String, Object>) credentials).get("secret");
      return secret instanceof Map ? (String) ((Map<String, Object>) secret).get("name") : null;
    }
  }
}
