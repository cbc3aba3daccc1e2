package dev.llmgateway.client.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.MutableClock;
import dev.llmgateway.client.RecordingSleeper;
import dev.llmgateway.client.RetrySettings;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The one retry engine, with a plan of its own: results "busy" and I/O failures are retried. */
class RetrierTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private final Retrier retrier = new Retrier(clock, sleeper);

  /** Retries "busy" and IOExceptions; waits 1 s per retry done plus 1 s; gives up on "never". */
  private static final class Plan implements RetryPlan<String> {
    final List<Integer> retriesDone = new ArrayList<>();

    @Override
    public boolean retryable(@Nullable String result, @Nullable Throwable failure) {
      return "busy".equals(result) || "never".equals(result) || failure instanceof IOException;
    }

    @Override
    public boolean givesUp(@Nullable String result, @Nullable Throwable failure) {
      return "never".equals(result);
    }

    @Override
    public Duration waitBefore(@Nullable String result, @Nullable Throwable failure, int done) {
      retriesDone.add(done);
      return Duration.ofSeconds(done + 1);
    }
  }

  /** Plays a script of outcomes: a String is returned, an exception thrown. */
  private static final class Script implements RetryCall<String> {
    final Deque<Object> outcomes;
    final List<String> events = new ArrayList<>();

    Script(Object... outcomes) {
      this.outcomes = new ArrayDeque<>(List.of(outcomes));
    }

    @Override
    public String attempt(int number) throws IOException {
      events.add("attempt " + number);
      Object next = outcomes.removeFirst();
      if (next instanceof IOException) {
        throw (IOException) next;
      }
      if (next instanceof RuntimeException) {
        throw (RuntimeException) next;
      }
      return (String) next;
    }

    @Override
    public void retrying(
        int failed, Duration wait, @Nullable String result, @Nullable Throwable f) {
      events.add("retry " + failed + " " + wait.toSeconds() + "s");
    }

    @Override
    public RuntimeException failed(Throwable failure, int attempts) {
      events.add("failed after " + attempts);
      return new IllegalStateException("failed", failure);
    }

    @Override
    public RuntimeException interrupted(InterruptedException interrupt, @Nullable Throwable f) {
      events.add("interrupted");
      return new IllegalStateException("interrupted", interrupt);
    }
  }

  private String run(RetrySettings settings, Plan plan, Script script) {
    Retrier.Policy<String> policy = Retrier.policy(plan, settings);
    return retrier.run(retrier.begin(policy), script);
  }

  @Test
  void run_successAtOnce_neitherWaitsNorAsksThePlanForAWait() {
    Plan plan = new Plan();
    Script script = new Script("ok");
    assertEquals("ok", run(RetrySettings.defaultSettings(), plan, script));
    assertEquals(List.of("attempt 1"), script.events);
    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(List.of(), plan.retriesDone);
  }

  @Test
  void run_retryableResultsAndFailures_waitAsThePlanSays() {
    Plan plan = new Plan();
    Script script = new Script("busy", new IOException("reset"), "ok");
    assertEquals("ok", run(RetrySettings.builder().maxRetries(3).build(), plan, script));
    assertEquals(
        List.of("attempt 1", "retry 1 1s", "attempt 2", "retry 2 2s", "attempt 3"), script.events);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps);
    assertEquals(List.of(0, 1), plan.retriesDone);
  }

  @Test
  void run_retriesUsedUp_failsWithTheAttemptsMade() {
    Script script = new Script(new IOException("1"), new IOException("2"), new IOException("3"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> run(RetrySettings.builder().maxRetries(2).build(), new Plan(), script));
    assertEquals("3", e.getCause().getMessage());
    assertEquals("failed after 3", script.events.get(script.events.size() - 1));
    assertEquals(2, sleeper.sleeps.size());
  }

  @Test
  void run_retriesUsedUpOnAResult_returnsTheLastResult() {
    Script script = new Script("busy", "busy");
    assertEquals("busy", run(RetrySettings.builder().maxRetries(1).build(), new Plan(), script));
    assertEquals(1, sleeper.sleeps.size());
  }

  @Test
  void run_maxRetriesZero_neverRetries() {
    Plan plan = new Plan();
    Script script = new Script("busy");
    assertEquals("busy", run(RetrySettings.builder().maxRetries(0).build(), plan, script));
    assertEquals(List.of(), sleeper.sleeps);
    assertEquals(List.of(), plan.retriesDone);
  }

  @Test
  void run_planGivesUp_endsAtOnce() {
    Script script = new Script("never", "ok");
    assertEquals("never", run(RetrySettings.defaultSettings(), new Plan(), script));
    assertEquals(List.of("attempt 1"), script.events);
  }

  @Test
  void run_notRetryableFailure_endsAtOnce() {
    IllegalArgumentException bad = new IllegalArgumentException("bad");
    Script script = new Script(bad, "ok");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> run(RetrySettings.defaultSettings(), new Plan(), script));
    assertSame(bad, e.getCause());
    assertEquals(List.of("attempt 1", "failed after 1"), script.events);
  }

  @Test
  void run_waitThatWouldPassTheDeadline_endsTheCall() {
    RetrySettings settings =
        RetrySettings.builder().maxRetries(5).totalTimeout(Duration.ofSeconds(2)).build();
    Script script = new Script("busy", "busy", "ok");
    assertEquals("busy", run(settings, new Plan(), script));
    assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps, "1 s fits, then 2 s would not");
  }

  @Test
  void run_interruptedWhileWaiting_endsTheCallAndKeepsTheInterrupt() {
    Retrier interrupting =
        new Retrier(
            clock,
            d -> {
              throw new InterruptedException();
            });
    Script script = new Script("busy", "ok");
    try {
      assertThrows(
          IllegalStateException.class,
          () ->
              interrupting.run(
                  interrupting.begin(Retrier.policy(new Plan(), RetrySettings.defaultSettings())),
                  script));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(List.of("attempt 1", "retry 1 1s", "interrupted"), script.events);
  }
}
