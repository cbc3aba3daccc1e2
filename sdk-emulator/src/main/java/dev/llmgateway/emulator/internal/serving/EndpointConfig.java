package dev.llmgateway.emulator.internal.serving;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one simulated model server behaves, like a vLLM pod's flags.
 *
 * @param model the served model name ({@code --served-model-name})
 * @param loraAdapters the LoRA adapters it serves ({@code --lora-modules})
 * @param maxModelLen the context length in tokens ({@code --max-model-len})
 * @param maxRunning the requests it runs at once ({@code --max-num-seqs}); more wait in a queue
 * @param kvCacheBlocks the KV-cache size in blocks
 * @param blockSize the tokens per KV-cache block (vLLM's default is 16)
 * @param ttftNanos the time to first token of a prompt with no prefix-cache hit
 * @param tpotNanos the time per output token after the first
 * @param fixedAnswer the answer of fixed-answer mode, or null for echo mode
 * @param faults the fault injector
 * @param clock the clock of {@code created} timestamps
 */
public record EndpointConfig(
    String model,
    List<String> loraAdapters,
    int maxModelLen,
    int maxRunning,
    int kvCacheBlocks,
    int blockSize,
    long ttftNanos,
    long tpotNanos,
    @Nullable String fixedAnswer,
    FaultInjector faults,
    Clock clock) {

  /** Copies the adapter list. */
  public EndpointConfig {
    loraAdapters = List.copyOf(loraAdapters);
  }

  /**
   * Tells whether this server answers for a model name: the base model or one of its adapters.
   *
   * @param name the requested model
   * @return true when served
   */
  public boolean serves(String name) {
    return model.equals(name) || loraAdapters.contains(name);
  }
}
