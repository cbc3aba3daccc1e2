package dev.llmgateway.admin.stack;

import java.util.ArrayList;
import java.util.List;

/** Numbers the steps of one operation and tells the listener about each. */
final class Progress {

  /** Reports waits and retries inside one step. */
  interface Waits {
    /**
     * Reports a wait or retry.
     *
     * @param message what is awaited and how long is left; never a secret
     */
    void waiting(String message);
  }

  private final StackListener listener;
  private final String operation;
  private final List<StackEvent> steps = new ArrayList<>();
  private int total;

  Progress(StackListener listener, String operation) {
    this.listener = listener;
    this.operation = operation;
  }

  /**
   * Runs the steps in order, reporting each.
   *
   * @return one event per step
   * @throws StackStepException when a step fails; the steps before it are done
   */
  List<StackEvent> run(List<Step> all) {
    total = all.size();
    for (Step step : all) {
      int number = steps.size() + 1;
      Step.Done done;
      try {
        done = step.action().apply(message -> emit(waiting(number, step.subject(), message)));
      } catch (StackStepException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StackStepException(operation, number, total, step.subject(), e);
      }
      StackEvent event =
          event(number, step.subject(), done.message())
              .type(StackEvent.Type.STEP)
              .outcome(done.outcome())
              .build();
      steps.add(event);
      emit(event);
    }
    return List.copyOf(steps);
  }

  private StackEvent waiting(int number, String subject, String message) {
    return event(number, subject, message).type(StackEvent.Type.WAITING).build();
  }

  private StackEvent.Builder event(int number, String subject, String message) {
    return StackEvent.builder()
        .operation(operation)
        .step(number)
        .totalSteps(total)
        .subject(subject)
        .message(message);
  }

  private void emit(StackEvent event) {
    listener.onEvent(event);
  }
}
