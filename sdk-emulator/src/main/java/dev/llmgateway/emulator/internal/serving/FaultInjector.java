package dev.llmgateway.emulator.internal.serving;

import java.util.Random;

/**
 * Decides, once per inference request, whether the model server fails it on purpose: a 5xx answer,
 * an error event in the middle of a stream, or a dropped connection. One draw from a seedable
 * {@link Random} per request, so a fixed seed and a fixed order of requests give the same faults.
 * Rates are probabilities in [0, 1] whose sum is at most 1. This class is thread-safe.
 */
public final class FaultInjector {
  private static final FaultInjector NONE = new FaultInjector(0, 0, 0, new Random(0));

  /** What happens to one request. */
  public enum Fault {
    /** Served normally. */
    NONE,
    /** Answered with HTTP 500 in vLLM's error shape. */
    SERVER_ERROR,
    /** A stream that sends an error event halfway, then {@code [DONE]}. */
    MID_STREAM_ERROR,
    /** The connection closes: before the answer, or halfway through a stream. */
    CONNECTION_DROP
  }

  private final double serverError;
  private final double midStreamError;
  private final double connectionDrop;
  private final Random random;

  /**
   * Creates an injector.
   *
   * @param serverError the rate of 5xx answers
   * @param midStreamError the rate of mid-stream errors (streams only)
   * @param connectionDrop the rate of dropped connections
   * @param random the source of draws
   */
  public FaultInjector(
      double serverError, double midStreamError, double connectionDrop, Random random) {
    this.serverError = serverError;
    this.midStreamError = midStreamError;
    this.connectionDrop = connectionDrop;
    this.random = random;
  }

  /** Returns an injector that never injects. */
  public static FaultInjector none() {
    return NONE;
  }

  /**
   * Draws the fate of one request.
   *
   * @param stream whether the request streams; mid-stream errors only hit streams
   * @return the fault, or {@link Fault#NONE}
   */
  public Fault roll(boolean stream) {
    if (serverError == 0 && midStreamError == 0 && connectionDrop == 0) {
      return Fault.NONE;
    }
    double r = random.nextDouble();
    if (r < serverError) {
      return Fault.SERVER_ERROR;
    }
    r -= serverError;
    if (r < connectionDrop) {
      return Fault.CONNECTION_DROP;
    }
    r -= connectionDrop;
    return stream && r < midStreamError ? Fault.MID_STREAM_ERROR : Fault.NONE;
  }
}
