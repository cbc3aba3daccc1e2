package dev.llmgateway.client.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.llmgateway.client.internal.json.AllowNulls;
import java.util.Map;

/**
 * A wire value that keeps the JSON properties this SDK does not model: they are read into {@link
 * #additionalProperties()} and written back when the value is serialized.
 */
public interface Extensible {

  /**
   * Returns properties the server sent that this class does not model; they are written back when
   * this value is serialized.
   *
   * @return an unmodifiable map of plain Java values (maps, lists, strings, numbers, booleans,
   *     null)
   */
  @JsonAnyGetter
  @AllowNulls
  Map<String, Object> additionalProperties();
}
