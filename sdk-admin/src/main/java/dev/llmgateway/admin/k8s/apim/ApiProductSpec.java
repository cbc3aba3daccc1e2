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

/** The {@code spec} of an {@link ApiProduct}. Unknown fields are kept. Immutable. */
@Value.Immutable
@Value.Enclosing
@ValueStyle
@JsonDeserialize(as = ImmutableApiProductSpec.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"approvalType", "description", "displayName", "enforcementRefs", "attributes"})
public abstract class ApiProductSpec {

  ApiProductSpec() {}

  /**
   * Returns the key approval type, {@code auto} or {@code manual}.
   *
   * @return the approval type, or null
   */
  public abstract @Nullable String approvalType();

  /**
   * Returns the description.
   *
   * @return the description, or null
   */
  public abstract @Nullable String description();

  /**
   * Returns the display name.
   *
   * @return the display name, or null
   */
  public abstract @Nullable String displayName();

  /**
   * Returns the ApigeeBackendServices that enforce this product.
   *
   * @return the references
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ObjectRef> enforcementRefs();

  /**
   * Returns the custom attributes.
   *
   * @return the attributes
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Attribute> attributes();

  /**
   * Returns fields this SDK does not model, as read from the cluster.
   *
   * @return the additional fields
   */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  static final class Builder extends ImmutableApiProductSpec.Builder {}

  /** A custom attribute ({@code name}, {@code value}). */
  @Value.Immutable
  @JsonDeserialize(as = ImmutableApiProductSpec.Attribute.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"name", "value"})
  public abstract static class Attribute {

    Attribute() {}

    static Attribute of(String name, String value) {
      return new Builder().name(name).value(value).build();
    }

    /**
     * Returns the attribute name.
     *
     * @return the name
     */
    @Value.Default
    public String name() {
      return "";
    }

    /**
     * Returns the attribute value.
     *
     * @return the value
     */
    @Value.Default
    public String value() {
      return "";
    }

    static final class Builder extends ImmutableApiProductSpec.Attribute.Builder {}
  }
}
