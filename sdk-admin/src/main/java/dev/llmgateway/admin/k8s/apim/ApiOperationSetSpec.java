package dev.llmgateway.admin.k8s.apim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.apigee.internal.ValueStyle;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import dev.llmgateway.client.internal.json.AllowNulls;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The {@code spec} of an {@link ApiOperationSet}. Unknown fields are kept. Immutable. */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableApiOperationSetSpec.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"apiProductRefs", "quota", "restOperations"})
public abstract class ApiOperationSetSpec {

  ApiOperationSetSpec() {}

  /**
   * Returns the API products this set belongs to.
   *
   * @return the references
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ObjectRef> apiProductRefs();

  /**
   * Returns the request quota.
   *
   * @return the quota, or null when unset
   */
  public abstract @Nullable Quota quota();

  /**
   * Returns the REST operations.
   *
   * @return the operations
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<RestOperation> restOperations();

  /**
   * Returns fields this SDK does not model, as read from the cluster.
   *
   * @return the additional fields
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  static final class Builder extends ImmutableApiOperationSetSpec.Builder {}

  /** A request quota: {@code limit} requests per {@code interval} {@code timeUnit}s. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableApiOperationSetSpec.Quota.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"limit", "interval", "timeUnit"})
  public abstract static class Quota {

    Quota() {}

    /**
     * Returns the number of requests allowed per window.
     *
     * @return the limit
     */
    @Value.Default
    public long limit() {
      return 0;
    }

    /**
     * Returns the number of time units in a window.
     *
     * @return the interval
     */
    @Value.Default
    public long interval() {
      return 0;
    }

    /**
     * Returns the time unit: {@code minute}, {@code hour}, {@code day} or {@code month}.
     *
     * @return the time unit
     */
    @Value.Default
    public String timeUnit() {
      return "";
    }

    static final class Builder extends ImmutableApiOperationSetSpec.Quota.Builder {}
  }

  /** A REST operation: a display name, a path pattern and the allowed methods. */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableApiOperationSetSpec.RestOperation.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "path", "methods"})
  public abstract static class RestOperation {

    RestOperation() {}

    /**
     * Returns the operation's name.
     *
     * @return the name, or null
     */
    public abstract @Nullable String name();

    /**
     * Returns the path pattern, for example {@code /v1/completions}.
     *
     * @return the path
     */
    @Value.Default
    public String path() {
      return "";
    }

    /**
     * Returns the HTTP methods; empty means all methods.
     *
     * @return the methods
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> methods();

    static final class Builder extends ImmutableApiOperationSetSpec.RestOperation.Builder {}
  }
}
