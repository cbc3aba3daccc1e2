package dev.llmgateway.admin.stack;

import org.jspecify.annotations.Nullable;

/**
 * A step of {@code apply()} or {@code destroy()} failed. The steps before it are done and stay
 * done; the cause says what went wrong. Both operations are safe to run again: a second {@code
 * apply()} finds the done steps unchanged, writes nothing for them and resumes at this one.
 */
public final class StackStepException extends StackException {

  private static final long serialVersionUID = 1L;

  /** {@code apply} or {@code destroy}. */
  private final String operation;

  /** The failed step's number, from 1. */
  private final int step;

  /** The number of steps of the operation. */
  private final int totalSteps;

  /** What the failed step is about. */
  private final String subject;

  /**
   * Creates an exception.
   *
   * @param operation {@code apply} or {@code destroy}
   * @param step the failed step's number, from 1
   * @param totalSteps the number of steps
   * @param subject what the step is about
   * @param cause the failure
   */
  public StackStepException(
      String operation, int step, int totalSteps, String subject, RuntimeException cause) {
    super(
        operation
            + " failed at step "
            + step
            + "/"
            + totalSteps
            + " ("
            + subject
            + "): "
            + withoutFinalPeriod(cause.getMessage())
            + (step > 1 ? "; steps 1-" + (step - 1) + " are done" : "")
            + ". Fix the cause and run "
            + operation
            + " again: it skips what is done and resumes here",
        cause);
    this.operation = operation;
    this.step = step;
    this.totalSteps = totalSteps;
    this.subject = subject;
  }

  private static String withoutFinalPeriod(@Nullable String message) {
    String m = String.valueOf(message);
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  /**
   * Returns the operation, {@code apply} or {@code destroy}.
   *
   * @return the operation
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the failed step's number, from 1.
   *
   * @return the step
   */
  public int step() {
    return step;
  }

  /**
   * Returns the number of steps of the operation.
   *
   * @return the total
   */
  public int totalSteps() {
    return totalSteps;
  }

  /**
   * Returns what the failed step is about, such as {@code Gateway
   * ira-online-gpu/inference-gateway}.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }
}
