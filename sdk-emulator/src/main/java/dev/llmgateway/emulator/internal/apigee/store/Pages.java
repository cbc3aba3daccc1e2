package dev.llmgateway.emulator.internal.apigee.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Apigee's {@code count}/{@code startKey} paging: a page starts with the entry whose key is {@code
 * startKey} (or the first after it) and holds at most {@code count} entries (1 to 1000, default
 * 1000).
 */
final class Pages {

  static final int MAX = 1000;

  private Pages() {}

  static <T> List<T> page(
      List<T> sorted, Function<T, String> key, @Nullable String startKey, @Nullable String count) {
    int limit = MAX;
    if (count != null) {
      try {
        limit = Integer.parseInt(count);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX) {
        throw ApiError.invalidField("count", "count must be a number from 1 to 1000");
      }
    }
    List<T> out = new ArrayList<>();
    for (T item : sorted) {
      if (out.size() == limit) {
        break;
      }
      if (startKey == null || key.apply(item).compareTo(startKey) >= 0) {
        out.add(item);
      }
    }
    return out;
  }
}
