package dev.llmgateway.admin.k8s.apim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.llmgateway.admin.k8s.common.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The {@code spec} of an {@link ApiProduct}. Unknown fields are kept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"approvalType", "description", "displayName", "enforcementRefs", "attributes"})
public final class ApiProductSpec {

  @JsonProperty("approvalType")
  @Nullable String approvalType;

  @JsonProperty("description")
  @Nullable String description;

  @JsonProperty("displayName")
  @Nullable String displayName;

  @JsonProperty("enforcementRefs")
  @Nullable List<ObjectRef> enforcementRefs;

  @JsonProperty("attributes")
  @Nullable List<Attribute> attributes;

  private Map<String, Object> additionalProperties = new LinkedHashMap<>();

  ApiProductSpec() {}

  void setAdditionalProperties(Map<String, Object> fields) {
    additionalProperties = new LinkedHashMap<>(fields);
  }

  /**
   * Returns the key approval type, {@code auto} or {@code manual}.
   *
   * @return the approval type, or null
   */
  public @Nullable String approvalType() {
    return approvalType;
  }

  /**
   * Returns the description.
   *
   * @return the description, or null
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * Returns the display name.
   *
   * @return the display name, or null
   */
  public @Nullable String displayName() {
    return displayName;
  }

  /**
   * Returns the ApigeeBackendServices that enforce this product.
   *
   * @return the references
   */
  public List<ObjectRef> enforcementRefs() {
    return enforcementRefs == null ? List.of() : List.copyOf(enforcementRefs);
  }

  /**
   * Returns the custom attributes.
   *
   * @return the attributes
   */
  public List<Attribute> attributes() {
    return attributes == null ? List.of() : List.copyOf(attributes);
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

  static List<Attribute> attributes(Map<String, String> map) {
    List<Attribute> list = new ArrayList<>();
    map.forEach(
        (k, v) -> {
          Attribute a = new Attribute();
          a.name = k;
          a.value = v;
          list.add(a);
        });
    return list;
  }

  /** A custom attribute ({@code name}, {@code value}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({"name", "value"})
  public static final class Attribute {
    @JsonProperty("name")
    private String name = "";

    @JsonProperty("value")
    private String value = "";

    private Attribute() {}

    /**
     * Returns the attribute name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the attribute value.
     *
     * @return the value
     */
    public String value() {
      return value;
    }
  }
}
