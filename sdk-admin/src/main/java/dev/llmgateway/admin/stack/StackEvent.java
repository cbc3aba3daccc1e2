package dev.llmgateway.admin.stack;

import dev.llmgateway.admin.apigee.internal.ValueStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Progress of {@code apply()} or {@code destroy()}: a step that is done, or a wait or retry inside
 * a step. {@link #line()} is the line a console shows. Never contains a secret.
 *
 * <p>Immutable; required fields: {@code type}, {@code operation}, {@code step}, {@code totalSteps},
 * {@code subject}, {@code message}.
 */
@Value.Immutable
@ValueStyle
public abstract class StackEvent {

  /** The kind of event. */
  public enum Type {
    /** A step is done; {@link #outcome()} says what it did. One per step. */
    STEP,
    /** A step is waiting or retrying; the message says for what and how long is left. */
    WAITING
  }

  StackEvent() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kind of event.
   *
   * @return the type
   */
  public abstract Type type();

  /**
   * Returns the operation: {@code apply} or {@code destroy}.
   *
   * @return the operation
   */
  public abstract String operation();

  /**
   * Returns the step's number, from 1.
   *
   * @return the step
   */
  public abstract int step();

  /**
   * Returns the number of steps of the operation.
   *
   * @return the total
   */
  public abstract int totalSteps();

  /**
   * Returns what the step is about, such as {@code Gateway ira-online-gpu/inference-gateway}.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns what happened, such as {@code created, ready (Programmed=True)}.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns what a finished step did.
   *
   * @return the outcome of a {@link Type#STEP} event, empty for {@link Type#WAITING}
   */
  public abstract Optional<Outcome> outcome();

  /**
   * Returns the console line: {@code [ 3/31] Gateway ns/name: CREATED, ready (Programmed=True)} for
   * a step, {@code ... waiting: message} indented below it for a wait.
   *
   * @return the line
   */
  public String line() {
    int width = Integer.toString(totalSteps()).length();
    String counter = String.format(Locale.ROOT, "[%" + width + "d/%d] ", step(), totalSteps());
    if (type() == Type.WAITING) {
      return " ".repeat(counter.length()) + subject() + ": " + message();
    }
    return counter
        + subject()
        + ": "
        + outcome().map(Outcome::name).orElse("")
        + (message().isEmpty() ? "" : ", " + message());
  }

  @Override
  public String toString() {
    return line();
  }

  /** Builder of {@link StackEvent}. */
  public static final class Builder extends ImmutableStackEvent.Builder {
    Builder() {}
  }
}
