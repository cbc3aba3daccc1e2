package dev.llmgateway.admin.apigee.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Follows Apigee's {@code count}/{@code startKey} paging: each next page starts with the last entry
 * of the previous one, which is skipped.
 */
public final class Pages {

  /** The page size requested. */
  public static final int PAGE_SIZE = 1000;

  private Pages() {}

  /**
   * Reads all pages.
   *
   * @param fetch fetches the page starting at the given key (null for the first page)
   * @param items extracts the array of entries from a page
   * @param read reads one entry
   * @param key returns an entry's key, used as the next startKey
   * @param <T> the entry type
   * @return all entries, unmodifiable
   */
  public static <T> List<T> all(
      Function<String, JsonNode> fetch,
      String items,
      Function<JsonNode, T> read,
      Function<T, String> key) {
    List<T> out = new ArrayList<>();
    String startKey = null;
    while (true) {
      int read0 = 0;
      for (JsonNode n : fetch.apply(startKey).path(items)) {
        read0++;
        T item = read.apply(n);
        if (startKey != null && read0 == 1 && key.apply(item).equals(startKey)) {
          continue;
        }
        out.add(item);
      }
      if (read0 < PAGE_SIZE || out.isEmpty()) {
        return List.copyOf(out);
      }
      startKey = key.apply(out.get(out.size() - 1));
    }
  }
}
