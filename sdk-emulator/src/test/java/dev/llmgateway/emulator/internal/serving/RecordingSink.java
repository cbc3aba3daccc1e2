package dev.llmgateway.emulator.internal.serving;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link ResponseSink} that records what a model server wrote. */
final class RecordingSink implements ResponseSink {
  int status;
  @Nullable String contentType;
  final StringBuilder body = new StringBuilder();
  final List<String> writes = new ArrayList<>();
  boolean streamStarted;
  boolean ended;
  boolean reset;
  @Nullable Buffer usage;
  @Nullable Runnable clientGone;

  @Override
  public void complete(int status, String contentType, Buffer body) {
    this.status = status;
    this.contentType = contentType;
    this.body.append(body.toString(StandardCharsets.UTF_8));
    this.ended = true;
  }

  @Override
  public void startStream() {
    status = 200;
    streamStarted = true;
  }

  @Override
  public void write(Buffer events) {
    String s = events.toString(StandardCharsets.UTF_8);
    writes.add(s);
    body.append(s);
  }

  @Override
  public void whenWritable(Runnable task) {
    task.run();
  }

  @Override
  public void endStream(@Nullable Buffer usage) {
    this.usage = usage;
    this.ended = true;
  }

  @Override
  public void reset() {
    reset = true;
  }

  @Override
  public void onClientGone(Runnable task) {
    clientGone = task;
  }

  /** Returns the SSE events' data fields, in order. */
  List<String> events() {
    List<String> out = new ArrayList<>();
    for (String e : body.toString().split("\n\n")) {
      if (e.startsWith("data: ")) {
        out.add(e.substring("data: ".length()));
      }
    }
    return out;
  }
}
