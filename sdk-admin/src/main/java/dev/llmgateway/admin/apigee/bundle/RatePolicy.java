package dev.llmgateway.admin.apigee.bundle;

import java.util.Optional;

/**
 * What the two smoothing policies share ({@link SpikeArrestPolicy} on requests, {@link
 * PromptTokenLimitPolicy} on prompt tokens): a rate, the counters' identifier and the effective
 * count. Each field is declared here once; only those two classes extend this one.
 */
public abstract class RatePolicy extends AbstractPolicy {

  RatePolicy() {}

  /**
   * Returns the rate: a number followed by {@code ps} (per second) or {@code pm} (per minute), e.g.
   * {@code 30ps}; requests for a SpikeArrest, prompt tokens for a PromptTokenLimit.
   *
   * @return the rate, or empty when not set
   */
  public abstract Optional<String> rate();

  /**
   * Returns the flow variable holding the rate.
   *
   * @return the flow variable, or empty when not set
   */
  public abstract Optional<String> rateRef();

  /**
   * Returns the flow variable that separates counters, e.g. {@code client_id}.
   *
   * @return the flow variable, or empty for one counter
   */
  public abstract Optional<String> identifierRef();

  /**
   * Returns whether to count across message processors (Apigee's effective count).
   *
   * @return the flag, or empty when not set
   */
  public abstract Optional<Boolean> useEffectiveCount();

  /** Checks the name and that exactly one of the rate and its reference is set. */
  void checkRate() {
    checkName();
    Rates.check(rate(), rateRef());
  }
}
