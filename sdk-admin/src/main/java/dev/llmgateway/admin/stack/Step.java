package dev.llmgateway.admin.stack;

import java.util.function.Function;

/**
 * One step of an operation: what it is about and what doing it takes. The action gets the step's
 * {@link Progress.Waits} to report waits and retries.
 *
 * @param subject what the step is about, such as {@code Gateway ns/name}
 * @param action does the step and says what it did
 */
record Step(String subject, Function<Progress.Waits, Done> action) {

  /**
   * What a step did.
   *
   * @param outcome the outcome
   * @param message details, such as the readiness seen; never a secret
   */
  record Done(Outcome outcome, String message) {}
}
