package dev.llmgateway.emulator.internal.apigee.condition;

/** A condition or template the emulator cannot parse or evaluate; raised at deployment. */
public final class ConditionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the expression and position
   */
  public ConditionException(String message) {
    super(message);
  }
}
