package dev.llmgateway.client;

import dev.llmgateway.client.common.Usage;
import dev.llmgateway.client.errors.GatewayException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Records listener events as short strings. */
public final class EventRecorder implements GatewayListener {
  public final List<String> events = new CopyOnWriteArrayList<>();
  public final List<CallInfo> calls = new CopyOnWriteArrayList<>();

  @Override
  public void onRequest(CallInfo call, int attempt) {
    calls.add(call);
    events.add("request " + attempt);
  }

  @Override
  public void onResponse(CallInfo call, int attempt, int statusCode, Duration elapsed) {
    events.add("response " + attempt + " " + statusCode);
  }

  @Override
  public void onRetry(CallInfo call, int failedAttempt, Duration wait, GatewayException cause) {
    events.add(
        "retry "
            + failedAttempt
            + " "
            + wait.toMillis()
            + "ms "
            + cause.getClass().getSimpleName());
  }

  @Override
  public void onFirstToken(CallInfo call, Duration timeToFirstToken) {
    events.add("first token");
  }

  @Override
  public void onStreamEnd(CallInfo call, long chunks, @Nullable Usage usage) {
    events.add("stream end " + chunks + " " + (usage == null ? "no usage" : usage.totalTokens()));
  }

  @Override
  public void onError(CallInfo call, GatewayException error) {
    events.add("error " + error.getClass().getSimpleName());
  }
}
