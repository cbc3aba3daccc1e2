package dev.llmgateway.admin.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The paths where two JSON trees (as maps, lists and scalars) differ, such as {@code
 * spec.quota.limit}, {@code metadata.labels[app]} or {@code spec.rules[0]}: a list whose length
 * differs is reported as one path.
 */
final class JsonDiff {

  private JsonDiff() {}

  static List<String> paths(@Nullable Object before, @Nullable Object after) {
    List<String> out = new ArrayList<>();
    diff("", before, after, out);
    return out;
  }

  private static void diff(
      String path, @Nullable Object before, @Nullable Object after, List<String> out) {
    if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
      TreeSet<String> keys = new TreeSet<>();
      a.keySet().forEach(k -> keys.add(String.valueOf(k)));
      b.keySet().forEach(k -> keys.add(String.valueOf(k)));
      for (String key : keys) {
        diff(child(path, key), a.get(key), b.get(key), out);
      }
    } else if (before instanceof List<?> a && after instanceof List<?> b && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else if (!sameScalar(before, after)) {
      out.add(path.isEmpty() ? "(whole object)" : path);
    }
  }

  private static boolean sameScalar(@Nullable Object a, @Nullable Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.toString().equals(y.toString())
          || (isWhole(x) && isWhole(y) && x.longValue() == y.longValue());
    }
    return Objects.equals(a, b);
  }

  private static boolean isWhole(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  private static String child(String path, String key) {
    boolean plain = key.matches("[A-Za-z_][A-Za-z0-9_]*");
    if (plain) {
      return path.isEmpty() ? key : path + "." + key;
    }
    return path + "[" + key + "]";
  }
}
