package dev.llmgateway.admin.apigee.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the developer, developer app and API product resources have in common: custom {@link
 * Attribute}s, and the JSON properties this SDK does not model, kept so that updates send them
 * back.
 *
 * <p>Only the resources of this package extend this class.
 */
public abstract class AttributedResource {

  private final List<Attribute> attributes;
  private final Map<String, Object> unknownFields;

  AttributedResource(Builder<?> b) {
    this.attributes = Collections.unmodifiableList(new ArrayList<>(b.attributes));
    this.unknownFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.unknownFields));
  }

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public final List<Attribute> attributes() {
    return attributes;
  }

  /**
   * Returns the JSON properties this SDK does not model, kept so that updates send them back.
   *
   * @return the JSON properties this SDK does not model, kept so that updates send them back
   */
  public final Map<String, Object> unknownFields() {
    return unknownFields;
  }

  /**
   * The builder part for the attributes and unknown fields.
   *
   * @param <B> the concrete builder type, returned by every setter
   */
  public abstract static class Builder<B extends Builder<B>> {

    private final List<Attribute> attributes = new ArrayList<>();
    private final Map<String, Object> unknownFields = new LinkedHashMap<>();

    Builder() {}

    Builder(AttributedResource v) {
      this.attributes.addAll(v.attributes);
      this.unknownFields.putAll(v.unknownFields);
    }

    /** This builder, as its concrete type. */
    abstract B self();

    /**
     * Replaces the custom attributes.
     *
     * @param attributes the new elements
     * @return this builder
     */
    public final B attributes(java.util.Collection<? extends Attribute> attributes) {
      Objects.requireNonNull(attributes, "attributes == null");
      this.attributes.clear();
      for (Attribute e : attributes) {
        addAttribute(e);
      }
      return self();
    }

    /**
     * Adds one element to the custom attributes.
     *
     * @param element the element
     * @return this builder
     */
    public final B addAttribute(Attribute element) {
      this.attributes.add(Objects.requireNonNull(element, "attributes element == null"));
      return self();
    }

    /**
     * Replaces the JSON properties this SDK does not model, kept so that updates send them back.
     *
     * @param unknownFields the new entries
     * @return this builder
     */
    public final B unknownFields(Map<String, ? extends Object> unknownFields) {
      this.unknownFields.clear();
      this.unknownFields.putAll(Objects.requireNonNull(unknownFields, "unknownFields == null"));
      return self();
    }

    /**
     * Puts one entry into the JSON properties this SDK does not model, kept so that updates send
     * them back.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public final B putUnknownField(String key, Object value) {
      this.unknownFields.put(
          Objects.requireNonNull(key, "key == null"),
          Objects.requireNonNull(value, "value == null"));
      return self();
    }
  }
}
