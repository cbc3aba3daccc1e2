package dev.llmgateway.emulator.internal.kube;

import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Open watches and a bounded log of recent changes. A watch without a resource version (or with
 * {@code 0}) first gets every matching object as {@code ADDED}; a watch from a resource version
 * gets the logged changes after it, or an {@code ERROR} event with a 410 Expired status when the
 * log no longer reaches back that far (informers then list again), as on a real API server. Events
 * are written straight to the connection: no thread per watch.
 *
 * <p>This class is thread-safe.
 */
final class Watches {

  /** Where a watch's events go: a WebSocket or a chunked HTTP response. */
  interface Sink {
    /** Sends one event, a JSON {@code {"type":..,"object":..}} document. */
    void send(String event);

    /** Ends the watch from the server side. */
    void close();
  }

  /** One open watch. */
  static final class Watch {
    private final AttributeSet query;
    private final Sink sink;

    private Watch(AttributeSet query, Sink sink) {
      this.query = query;
      this.sink = sink;
    }
  }

  private record Change(
      long resourceVersion,
      @Nullable AttributeSet before,
      @Nullable AttributeSet after,
      @Nullable String beforeJson,
      @Nullable String afterJson) {}

  private final int capacity;
  private final ArrayDeque<Change> log = new ArrayDeque<>();
  private final List<Watch> open = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> openWaiters = new CopyOnWriteArrayList<>();
  private long droppedUpTo;

  /**
   * Creates the registry.
   *
   * @param capacity how many changes the log keeps for watches that resume from a version
   */
  Watches(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Opens a watch.
   *
   * @param query what the watch selects (path attributes and selectors)
   * @param resourceVersion the version to resume after, or null or {@code 0} for current state
   * @param current the stored objects with their attributes, for a watch from current state
   * @param sink where events go
   * @return the watch, to {@link #close(Watch)} when the client goes away
   */
  synchronized Watch open(
      AttributeSet query,
      @Nullable String resourceVersion,
      List<Map.Entry<AttributeSet, String>> current,
      Sink sink) {
    Watch w = new Watch(query, sink);
    long from = parse(resourceVersion);
    if (from <= 0) {
      for (Map.Entry<AttributeSet, String> e : current) {
        if (e.getKey().matches(query)) {
          sink.send(event("ADDED", e.getValue()));
        }
      }
    } else if (from < droppedUpTo) {
      sink.send(
          "{\"type\":\"ERROR\",\"object\":"
              + KubeException.expired(
                      "too old resource version: " + from + " (" + droppedUpTo + ")")
                  .status()
              + "}");
      sink.close();
      return w;
    } else {
      for (Change c : log) {
        if (c.resourceVersion > from) {
          deliver(w, c);
        }
      }
    }
    open.add(w);
    for (CompletableFuture<Void> waiter : openWaiters) {
      openWaiters.remove(waiter);
      waiter.complete(null);
    }
    return w;
  }

  /** Returns a future completed when the next watch opens (for tests that need a live watch). */
  CompletableFuture<Void> nextOpen() {
    CompletableFuture<Void> f = new CompletableFuture<>();
    openWaiters.add(f);
    return f;
  }

  /** Stops delivering events to a watch. */
  void close(Watch w) {
    open.remove(w);
  }

  /** Returns how many watches are open. */
  int openCount() {
    return open.size();
  }

  /** Ends every watch. */
  void closeAll() {
    for (Watch w : open) {
      open.remove(w);
      w.sink.close();
    }
  }

  /**
   * Records a change and sends it to the watches it concerns.
   *
   * @param resourceVersion the version of the change
   * @param before the attributes before, or null for a create
   * @param after the attributes after, or null for a delete
   * @param beforeJson the object before, or null
   * @param afterJson the object after (for a delete: the last state), or null
   */
  synchronized void publish(
      long resourceVersion,
      @Nullable AttributeSet before,
      @Nullable AttributeSet after,
      @Nullable String beforeJson,
      @Nullable String afterJson) {
    Change c = new Change(resourceVersion, before, after, beforeJson, afterJson);
    log.addLast(c);
    while (log.size() > capacity) {
      droppedUpTo = log.removeFirst().resourceVersion;
    }
    for (Watch w : open) {
      deliver(w, c);
    }
  }

  private static void deliver(Watch w, Change c) {
    boolean was = c.before != null && c.before.matches(w.query);
    boolean is = c.after != null && c.after.matches(w.query);
    if (was && is) {
      w.sink.send(event("MODIFIED", c.afterJson));
    } else if (was) {
      w.sink.send(event("DELETED", c.afterJson != null ? c.afterJson : c.beforeJson));
    } else if (is) {
      w.sink.send(event("ADDED", c.afterJson));
    }
  }

  private static String event(String type, @Nullable String object) {
    return "{\"type\":\"" + type + "\",\"object\":" + object + "}";
  }

  private static long parse(@Nullable String resourceVersion) {
    if (resourceVersion == null || resourceVersion.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(resourceVersion);
    } catch (NumberFormatException e) {
      throw KubeException.badRequest("invalid resourceVersion: " + resourceVersion);
    }
  }
}
