package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes vLLM's {@code /v1/models} answer: the base model with its {@code max_model_len}, then one
 * card per LoRA adapter with {@code parent} set to the base model and no {@code max_model_len},
 * each with vLLM's default permission object. This class is thread-safe.
 */
public final class ModelCards {
  private ModelCards() {}

  /**
   * Returns the {@code /v1/models} body of one model server.
   *
   * @param config the served model and adapters
   * @param created the creation time (epoch seconds) vLLM stamps on each card
   * @return the body
   */
  public static Buffer list(EndpointConfig config, long created) {
    VllmJson.Writer w = new VllmJson.Writer();
    JsonGenerator g = w.g;
    g.writeStartObject();
    g.writeStringProperty("object", "list");
    g.writeArrayPropertyStart("data");
    card(g, config.model(), config.model(), null, config.maxModelLen(), created);
    for (String adapter : config.loraAdapters()) {
      card(g, adapter, adapter, config.model(), null, created);
    }
    g.writeEndArray();
    g.writeEndObject();
    return w.done();
  }

  private static void card(
      JsonGenerator g,
      String id,
      String root,
      @Nullable String parent,
      @Nullable Integer maxModelLen,
      long created) {
    g.writeStartObject();
    g.writeStringProperty("id", id);
    g.writeStringProperty("object", "model");
    g.writeNumberProperty("created", created);
    g.writeStringProperty("owned_by", "vllm");
    g.writeStringProperty("root", root);
    g.writeStringProperty("parent", parent);
    if (maxModelLen == null) {
      g.writeNullProperty("max_model_len");
    } else {
      g.writeNumberProperty("max_model_len", maxModelLen);
    }
    g.writeArrayPropertyStart("permission");
    g.writeStartObject();
    g.writeStringProperty("id", "modelperm-" + hex());
    g.writeStringProperty("object", "model_permission");
    g.writeNumberProperty("created", created);
    g.writeBooleanProperty("allow_create_engine", false);
    g.writeBooleanProperty("allow_sampling", true);
    g.writeBooleanProperty("allow_logprobs", true);
    g.writeBooleanProperty("allow_search_indices", false);
    g.writeBooleanProperty("allow_view", true);
    g.writeBooleanProperty("allow_fine_tuning", false);
    g.writeStringProperty("organization", "*");
    g.writeNullProperty("group");
    g.writeBooleanProperty("is_blocking", false);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Returns 32 random hex digits, the shape of vLLM's {@code random_uuid()} (top bits set). */
  static String hex() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Long.toHexString(r.nextLong() | Long.MIN_VALUE)
        + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
  }
}
