package dev.llmgateway.admin.k8s.apim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code spec} of an {@link ApiOperationSet}. Unknown fields are kept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiProductRefs", "quota", "restOperations"})
public final class ApiOperationSetSpec {

  @JsonProperty("apiProductRefs")
  @Nullable List<ObjectRef> apiProductRefs;

  @JsonProperty("quota")
  @Nullable Quota quota;

  @JsonProperty("restOperations")
  @Nullable List<RestOperation> restOperations;

  private Map<String, Object> additionalProperties = new LinkedHashMap<>();

  ApiOperationSetSpec() {}

  void setAdditionalProperties(Map<String, Object> fields) {
    additionalProperties = new LinkedHashMap<>(fields);
  }

  /**
   * Returns the API products this set belongs to.
   *
   * @return the references
   */
  public List<ObjectRef> apiProductRefs() {
    return apiProductRefs == null ? List.of() : List.copyOf(apiProductRefs);
  }

  /**
   * Returns the request quota.
   *
   * @return the quota, or null when unset
   */
  public @Nullable Quota quota() {
    return quota;
  }

  /**
   * Returns the REST operations.
   *
   * @return the operations
   */
  public List<RestOperation> restOperations() {
    return restOperations == null ? List.of() : List.copyOf(restOperations);
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

  /** A request quota: {@code limit} requests per {@code interval} {@code timeUnit}s. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"limit", "interval", "timeUnit"})
  public static final class Quota {
    @JsonProperty("limit")
    long limit;

    @JsonProperty("interval")
    long interval;

    @JsonProperty("timeUnit")
    String timeUnit = "";

    Quota() {}

    /**
     * Returns the number of requests allowed per window.
     *
     * @return the limit
     */
    public long limit() {
      return limit;
    }

    /**
     * Returns the number of time units in a window.
     *
     * @return the interval
     */
    public long interval() {
      return interval;
    }

    /**
     * Returns the time unit: {@code minute}, {@code hour}, {@code day} or {@code month}.
     *
     * @return the time unit
     */
    public String timeUnit() {
      return timeUnit;
    }
  }

  /** A REST operation: a display name, a path pattern and the allowed methods. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "path", "methods"})
  public static final class RestOperation {
    @JsonProperty("name")
    @Nullable String name;

    @JsonProperty("path")
    String path = "";

    @JsonProperty("methods")
    @Nullable List<String> methods;

    RestOperation() {}

    /**
     * Returns the operation's name.
     *
     * @return the name, or null
     */
    public @Nullable String name() {
      return name;
    }

    /**
     * Returns the path pattern, for example {@code /v1/completions}.
     *
     * @return the path
     */
    public String path() {
      return path;
    }

    /**
     * Returns the HTTP methods; empty means all methods.
     *
     * @return the methods
     */
    public List<String> methods() {
      return methods == null ? List.of() : List.copyOf(methods);
    }
  }
}
