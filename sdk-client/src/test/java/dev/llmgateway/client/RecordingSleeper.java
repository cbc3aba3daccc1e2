package dev.llmgateway.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records requested waits and advances the clock instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final MutableClock clock;

  public RecordingSleeper(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    clock.advance(duration);
  }
}
