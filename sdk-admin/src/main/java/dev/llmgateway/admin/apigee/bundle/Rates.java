package dev.llmgateway.admin.apigee.bundle;

import java.util.Optional;

/**
 * The {@code <Rate>} of SpikeArrest and PromptTokenLimit: {@code 30ps}, {@code 1000pm}, or a ref.
 */
final class Rates {

  private Rates() {}

  static void check(Optional<String> rate, Optional<String> rateRef) {
    rate.filter(r -> !r.matches("[1-9][0-9]*(ps|pm)"))
        .ifPresent(
            r -> {
              throw new IllegalArgumentException(
                  "rate must be a positive number followed by ps or pm but was '" + r + "'");
            });
    if (rate.isEmpty() && rateRef.isEmpty()) {
      throw new IllegalArgumentException("rate or rateRef must be set");
    }
  }
}
