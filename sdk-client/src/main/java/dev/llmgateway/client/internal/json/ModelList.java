package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.llmgateway.client.common.Extensible;
import dev.llmgateway.client.models.Model;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The {@code /v1/models} envelope {@code {"object":"list","data":[...]}}. */
@Value.Immutable
@WireStyle
@JsonDeserialize(as = ImmutableModelList.class)
public abstract class ModelList implements Extensible {

  ModelList() {}

  /**
   * Returns the object type as sent; {@link #object()} is what to read.
   *
   * @return the value, or null when absent
   */
  @JsonProperty("object")
  protected abstract @Nullable String objectRaw();

  /**
   * Returns the models.
   *
   * @return an unmodifiable list, empty when absent
   */
  @JsonProperty("data")
  public abstract List<Model> data();

  /**
   * Returns the object type.
   *
   * @return the value, {@code "list"} when absent
   */
  public String object() {
    String object = objectRaw();
    return object != null ? object : "list";
  }

  /**
   * Returns whether the body had a {@code data} array (possibly empty), which a model list has and
   * an error document or {@code {}} has not.
   *
   * @return whether {@code data} was present
   */
  public boolean hasData() {
    return !WireValues.isAbsent(data());
  }
}
