package dev.llmgateway.admin.apigee;

import dev.llmgateway.admin.apigee.errors.ApigeeConflictException;
import dev.llmgateway.admin.apigee.errors.ApigeeException;
import dev.llmgateway.admin.apigee.errors.ApigeeServerException;
import dev.llmgateway.admin.apigee.errors.ApigeeTransportException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The create step of the {@code ensure(..)} methods, made safe to repeat: a create answered with
 * 409 means the resource exists (made concurrently, or by an earlier run), and a create that failed
 * with a server error or a connection failure may or may not have been applied, which reading the
 * resource back settles. The create itself is never re-sent here.
 *
 * @param <T> the resource type
 * @param value the created resource, or the one read back
 * @param created whether {@code value} is the create's answer
 */
record Creation<T>(T value, boolean created) {

  /**
   * Creates, or reads back after a conflict or an ambiguous failure.
   *
   * @param create sends the create
   * @param find reads the resource, empty if absent
   * @param <T> the resource type
   * @return the created or found resource
   * @throws ApigeeException the create's failure when the read finds nothing, or fails too
   */
  static <T> Creation<T> createOrReadBack(Supplier<T> create, Supplier<Optional<T>> find) {
    try {
      return new Creation<>(create.get(), true);
    } catch (ApigeeConflictException | ApigeeServerException | ApigeeTransportException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      Optional<T> found;
      try {
        found = find.get();
      } catch (ApigeeException again) {
        e.addSuppressed(again);
        throw e;
      }
      return new Creation<>(found.orElseThrow(() -> e), false);
    }
  }
}
