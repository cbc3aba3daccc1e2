package dev.llmgateway.emulator;

import dev.llmgateway.admin.k8s.internal.KubeRules;
import dev.llmgateway.client.internal.check.Checks;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One model the emulator serves, like one vLLM deployment behind one InferencePool: its name (as
 * clients send it in {@code model}), its LoRA adapters, how many replicas (endpoints) serve it and
 * what each replica can hold. Immutable; build with {@link #builder()} ({@code name} is required)
 * or {@link #of(String)}.
 *
 * <pre>{@code
 * EmulatedModel.builder()
 *     .name("/gcs/google/gemma-3-1b-it")
 *     .replicas(3)
 *     .addLoraAdapter("food-review")
 *     .build();
 * }</pre>
 */
public final class EmulatedModel {
  /** Default replicas per model, {@value}. */
  public static final int DEFAULT_REPLICAS = 2;

  /** Default context length in tokens, {@value} (Gemma 3 1B's). */
  public static final int DEFAULT_MAX_MODEL_LEN = 32_768;

  /** Default requests one replica runs at once before queueing, {@value}. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 32;

  /** Default KV-cache size of one replica in tokens, {@value}. */
  public static final int DEFAULT_KV_CACHE_TOKENS = 262_144;

  private final String name;
  private final String poolName;
  private final int replicas;
  private final List<String> loraAdapters;
  private final int maxModelLen;
  private final int maxConcurrentRequests;
  private final int kvCacheTokens;

  private EmulatedModel(Builder b, String poolName) {
    this.name = b.name;
    this.poolName = poolName;
    this.replicas = b.replicas;
    this.loraAdapters = List.copyOf(b.loraAdapters);
    this.maxModelLen = b.maxModelLen;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.kvCacheTokens = b.kvCacheTokens;
  }

  /**
   * Returns a model with the default settings.
   *
   * @param name the model name
   * @return the model
   * @throws IllegalArgumentException when the name is blank
   */
  public static EmulatedModel of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new builder. Required: {@code name}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with this model's settings.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().name(name).poolName(poolName).replicas(replicas);
    b.loraAdapters.addAll(loraAdapters);
    return b.maxModelLen(maxModelLen)
        .maxConcurrentRequests(maxConcurrentRequests)
        .kvCacheTokens(kvCacheTokens);
  }

  /**
   * Returns the model name clients send in {@code model}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the InferencePool's name, which is also the replicas' {@code app} label (by default
   * {@code vllm-} and the name's last path segment, e.g. {@code vllm-gemma-3-1b-it}).
   *
   * @return the pool name
   */
  public String poolName() {
    return poolName;
  }

  /**
   * Returns the number of replicas (endpoints).
   *
   * @return the replicas
   */
  public int replicas() {
    return replicas;
  }

  /**
   * Returns the LoRA adapters every replica serves.
   *
   * @return the adapters
   */
  public List<String> loraAdapters() {
    return loraAdapters;
  }

  /**
   * Returns the context length in tokens.
   *
   * @return the length
   */
  public int maxModelLen() {
    return maxModelLen;
  }

  /**
   * Returns the requests one replica runs at once; more wait in its queue.
   *
   * @return the limit
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * Returns one replica's KV-cache size in tokens.
   *
   * @return the size
   */
  public int kvCacheTokens() {
    return kvCacheTokens;
  }

  @Override
  public String toString() {
    return "EmulatedModel{name="
        + name
        + ", poolName="
        + poolName
        + ", replicas="
        + replicas
        + ", loraAdapters="
        + loraAdapters
        + ", maxModelLen="
        + maxModelLen
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", kvCacheTokens="
        + kvCacheTokens
        + "}";
  }

  /** Builds an {@link EmulatedModel}. Required: {@code name}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String poolName;
    private int replicas = DEFAULT_REPLICAS;
    private final List<String> loraAdapters = new ArrayList<>();
    private int maxModelLen = DEFAULT_MAX_MODEL_LEN;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private int kvCacheTokens = DEFAULT_KV_CACHE_TOKENS;

    private Builder() {}

    /**
     * Sets the model name clients send in {@code model}, such as {@code /gcs/google/gemma-3-1b-it}
     * (required).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the InferencePool's name and the replicas' {@code app} label (a DNS label).
     *
     * @param poolName the pool name
     * @return this builder
     */
    public Builder poolName(String poolName) {
      this.poolName = poolName;
      return this;
    }

    /**
     * Sets the number of replicas, from 0 (a pool without endpoints) to 64; default 2.
     *
     * @param replicas the replicas
     * @return this builder
     */
    public Builder replicas(int replicas) {
      this.replicas = replicas;
      return this;
    }

    /**
     * Adds a LoRA adapter every replica serves; {@code /v1/models} lists it with {@code parent} set
     * to the model.
     *
     * @param adapter the adapter name clients send in {@code model}
     * @return this builder
     */
    public Builder addLoraAdapter(String adapter) {
      loraAdapters.add(adapter);
      return this;
    }

    /**
     * Sets the context length in tokens; default 32768.
     *
     * @param maxModelLen the length, at least 16
     * @return this builder
     */
    public Builder maxModelLen(int maxModelLen) {
      this.maxModelLen = maxModelLen;
      return this;
    }

    /**
     * Sets the requests one replica runs at once (vLLM's {@code --max-num-seqs}); more wait in its
     * queue, so latency grows under load; default 32.
     *
     * @param max the limit, at least 1
     * @return this builder
     */
    public Builder maxConcurrentRequests(int max) {
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Sets one replica's KV-cache size in tokens (blocks of 16); default 262144. Requests hold the
     * blocks of their prompt and output while they run; a small cache makes the Endpoint Picker see
     * a saturated pool.
     *
     * @param tokens the size, at least 16
     * @return this builder
     */
    public Builder kvCacheTokens(int tokens) {
      this.kvCacheTokens = tokens;
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalArgumentException when a field is invalid, naming it
     */
    public EmulatedModel build() {
      String n = Checks.notBlank(name, "name");
      String pool = poolName != null ? poolName : defaultPoolName(n);
      KubeRules.dnsLabel(pool, "poolName");
      Checks.range(replicas, 0, 64, "replicas");
      Checks.range(maxModelLen, 16, Integer.MAX_VALUE, "maxModelLen");
      Checks.range(maxConcurrentRequests, 1, 100_000, "maxConcurrentRequests");
      Checks.range(kvCacheTokens, 16, Integer.MAX_VALUE, "kvCacheTokens");
      LinkedHashSet<String> distinct = new LinkedHashSet<>();
      for (int i = 0; i < loraAdapters.size(); i++) {
        String a = Checks.notBlank(loraAdapters.get(i), "loraAdapters[" + i + "]");
        if (a.equals(n) || !distinct.add(a)) {
          throw new IllegalArgumentException(
              "loraAdapters[" + i + "] '" + a + "' repeats the model name or another adapter");
        }
      }
      return new EmulatedModel(this, pool);
    }

    private static String defaultPoolName(String name) {
      String last = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      String label = ("vllm-" + last.replaceAll("[^a-z0-9-]", "-")).replaceAll("-+", "-");
      label = label.length() > 63 ? label.substring(0, 63) : label;
      return label.replaceAll("-+$", "");
    }
  }
}
