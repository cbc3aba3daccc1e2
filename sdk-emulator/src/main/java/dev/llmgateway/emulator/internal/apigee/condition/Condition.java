package dev.llmgateway.emulator.internal.apigee.condition;

/**
 * A parsed Apigee {@code <Condition>}: comparisons of flow variables and literals joined by {@code
 * and}, {@code or} and {@code not}. See {@link ConditionParser} for the grammar the emulator
 * understands; anything else is rejected when the proxy is deployed.
 */
@FunctionalInterface
public interface Condition {

  /** A condition that always holds (a step without {@code <Condition>}). */
  Condition ALWAYS = vars -> true;

  /**
   * Evaluates the condition.
   *
   * @param vars the flow variables
   * @return whether it holds
   */
  boolean test(VariableSource vars);

  /**
   * Parses a condition.
   *
   * @param text the condition text
   * @return the condition
   * @throws ConditionException if the emulator cannot evaluate it
   */
  static Condition parse(String text) {
    return new ConditionParser(text).parse();
  }
}
