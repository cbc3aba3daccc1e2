package dev.llmgateway.admin.stack;

import dev.llmgateway.client.internal.check.Checks;
import java.io.PrintStream;

/**
 * Receives the progress of {@code apply()} and {@code destroy()}: one {@link StackEvent.Type#STEP}
 * event per step, when the step is done, and {@link StackEvent.Type#WAITING} events while a step
 * waits or retries. Called on the thread that runs the operation; it must return quickly.
 */
@FunctionalInterface
public interface StackListener {

  /**
   * Receives an event.
   *
   * @param event the event
   */
  void onEvent(StackEvent event);

  /**
   * Returns a listener that ignores every event.
   *
   * @return the listener
   */
  static StackListener none() {
    return event -> {};
  }

  /**
   * Returns a listener that prints each event's {@link StackEvent#line()} on its own line.
   *
   * @param out where to print
   * @return the listener
   */
  static StackListener printingTo(PrintStream out) {
    Checks.notNullArgument(out, "out");
    return event -> out.println(event.line());
  }
}
