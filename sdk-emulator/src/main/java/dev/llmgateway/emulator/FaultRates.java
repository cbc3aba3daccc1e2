package dev.llmgateway.emulator;

import dev.llmgateway.client.internal.check.Checks;

/**
 * How often the simulated model servers fail on purpose, for resilience tests of applications: each
 * inference request draws once from the emulator's random source (seed it with {@link
 * GatewayEmulator.Builder#seed(long)} for repeatable runs). Immutable; build with {@link
 * #builder()}; every rate defaults to 0.
 *
 * <ul>
 *   <li>{@code serverErrorRate}: HTTP 500 in vLLM's error shape ({@code
 *       {"error":{"message","type":"InternalServerError","param":null,"code":500}}});
 *   <li>{@code midStreamErrorRate}: streams only: after half the tokens, an error event {@code
 *       data: {"error":{...}}}, then {@code data: [DONE]};
 *   <li>{@code connectionDropRate}: the model server drops the connection: before answering (the
 *       gateway then answers 503, as Envoy does) or, for a stream, after half the tokens (the
 *       client's connection closes without {@code [DONE]}).
 * </ul>
 */
public final class FaultRates {
  private static final FaultRates NONE = builder().build();

  private final double serverErrorRate;
  private final double midStreamErrorRate;
  private final double connectionDropRate;

  private FaultRates(Builder b) {
    this.serverErrorRate = b.serverErrorRate;
    this.midStreamErrorRate = b.midStreamErrorRate;
    this.connectionDropRate = b.connectionDropRate;
  }

  /**
   * Returns rates that never fail (the default).
   *
   * @return the rates
   */
  public static FaultRates none() {
    return NONE;
  }

  /**
   * Returns a builder with every rate at 0.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the share of requests answered with HTTP 500.
   *
   * @return the rate, from 0 to 1
   */
  public double serverErrorRate() {
    return serverErrorRate;
  }

  /**
   * Returns the share of streams that fail halfway with an error event.
   *
   * @return the rate, from 0 to 1
   */
  public double midStreamErrorRate() {
    return midStreamErrorRate;
  }

  /**
   * Returns the share of requests whose connection the model server drops.
   *
   * @return the rate, from 0 to 1
   */
  public double connectionDropRate() {
    return connectionDropRate;
  }

  @Override
  public String toString() {
    return "FaultRates{serverErrorRate="
        + serverErrorRate
        + ", midStreamErrorRate="
        + midStreamErrorRate
        + ", connectionDropRate="
        + connectionDropRate
        + "}";
  }

  /** Builds {@link FaultRates}; no field is required. */
  public static final class Builder {
    private double serverErrorRate;
    private double midStreamErrorRate;
    private double connectionDropRate;

    private Builder() {}

    /**
     * Sets the share of requests answered with HTTP 500.
     *
     * @param rate from 0 to 1
     * @return this builder
     */
    public Builder serverErrorRate(double rate) {
      this.serverErrorRate = rate;
      return this;
    }

    /**
     * Sets the share of streams that fail halfway with an error event.
     *
     * @param rate from 0 to 1
     * @return this builder
     */
    public Builder midStreamErrorRate(double rate) {
      this.midStreamErrorRate = rate;
      return this;
    }

    /**
     * Sets the share of requests whose connection the model server drops.
     *
     * @param rate from 0 to 1
     * @return this builder
     */
    public Builder connectionDropRate(double rate) {
      this.connectionDropRate = rate;
      return this;
    }

    /**
     * Builds the rates.
     *
     * @return the rates
     * @throws IllegalArgumentException when a rate is outside [0, 1] or {@code serverErrorRate +
     *     connectionDropRate + midStreamErrorRate} is over 1, naming the field
     */
    public FaultRates build() {
      rate(serverErrorRate, "serverErrorRate");
      rate(midStreamErrorRate, "midStreamErrorRate");
      rate(connectionDropRate, "connectionDropRate");
      double sum = serverErrorRate + midStreamErrorRate + connectionDropRate;
      if (sum > 1.0 + 1e-9) {
        throw new IllegalArgumentException(
            "serverErrorRate + midStreamErrorRate + connectionDropRate must be at most 1 but was "
                + sum);
      }
      return new FaultRates(this);
    }

    private static void rate(double value, String field) {
      Checks.range(value, 0, 1, field);
    }
  }
}
