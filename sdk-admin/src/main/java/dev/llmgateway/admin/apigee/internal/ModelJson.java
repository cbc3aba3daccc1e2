package dev.llmgateway.admin.apigee.internal;

import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.model.Attribute;
import dev.llmgateway.admin.apigee.model.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts model values to and from the management API's JSON. The mapping itself is declared on
 * the model classes (Jackson annotations); this class only turns what the model rejects into an
 * {@link ApigeeException} whose cause is the model's {@link IllegalArgumentException}.
 */
public final class ModelJson {

  private final JsonMapper mapper;

  /**
   * Creates the codec.
   *
   * @param mapper the JSON mapper
   */
  public ModelJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes a model value as the JSON object a create or update sends.
   *
   * @param value the value
   * @return the JSON object
   */
  public ObjectNode write(Object value) {
    return (ObjectNode) mapper.valueToTree(value);
  }

  /**
   * Writes an attribute list in the {@code {"attribute":[...]}} form of the attributes API.
   *
   * @param attributes the attributes
   * @return the JSON array
   */
  public ArrayNode attributes(List<Attribute> attributes) {
    return (ArrayNode) mapper.valueToTree(attributes);
  }

  /**
   * Returns a reader of one model type, for {@code ApigeeHttp.Call.read}.
   *
   * @param type the model type
   * @param <T> the model type
   * @return the reader
   */
  public <T> Function<JsonNode, T> reader(Class<T> type) {
    return n -> read(n, type);
  }

  /**
   * Reads a model value.
   *
   * @param n the JSON object
   * @param type the model type
   * @param <T> the model type
   * @return the value
   * @throws ApigeeException if the model rejects the JSON; the cause is the model's
   *     IllegalArgumentException where it has one
   */
  public <T> T read(JsonNode n, Class<T> type) {
    try {
      return mapper.treeToValue(n, type);
    } catch (JacksonException e) {
      Throwable why = e;
      while (why.getCause() != null && !(why instanceof IllegalArgumentException)) {
        why = why.getCause();
      }
      Throwable cause = why instanceof IllegalArgumentException ? why : e;
      String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
      throw new ApigeeException(
          "the server returned a " + type.getSimpleName() + " this client cannot read: " + message,
          0,
          "",
          "",
          List.of(),
          cause);
    }
  }

  /**
   * Reads the {@code deployments} array of a list response.
   *
   * @param n the response
   * @return the deployments
   */
  public List<Deployment> readDeployments(JsonNode n) {
    List<Deployment> out = new ArrayList<>();
    for (JsonNode d : n.path("deployments")) {
      out.add(read(d, Deployment.class));
    }
    return List.copyOf(out);
  }
}
