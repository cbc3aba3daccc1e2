package dev.llmgateway.admin.apigee.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.List;
import java.util.Map;

/**
 * What the developer, developer app and API product resources have in common: custom {@link
 * Attribute}s, and the JSON properties this SDK does not model, kept so that updates send them
 * back.
 *
 * <p>Only the resources of this package extend this class.
 */
public abstract class AttributedResource {

  AttributedResource() {}

  /**
   * Returns the custom attributes.
   *
   * @return the custom attributes
   */
  public abstract List<Attribute> attributes();

  /**
   * Returns the JSON properties this SDK does not model, kept so that updates send them back.
   *
   * @return the JSON properties this SDK does not model, kept so that updates send them back
   */
  @JsonAnyGetter
  public abstract Map<String, Object> additionalProperties();
}
