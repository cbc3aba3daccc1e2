package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Small helpers for the wire models: lazily created property maps and cheap unmodifiable views. */
public final class Props {

  private Props() {}

  /**
   * Returns an unmodifiable view of a possibly absent map.
   *
   * @param map the map or {@code null}
   * @param <V> the value type
   * @return the view, empty for {@code null}
   */
  public static <V> Map<String, V> view(@Nullable Map<String, V> map) {
    return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(map);
  }

  /**
   * Wraps a list that Jackson just created, without copying.
   *
   * @param list the list or {@code null}
   * @param <T> the element type
   * @return an unmodifiable view, empty for {@code null}
   */
  public static <T> List<T> wrap(@Nullable List<T> list) {
    return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
  }

  /**
   * Copies a list given to a builder into an unmodifiable list, rejecting {@code null} elements.
   *
   * @param list the list
   * @param name the property name for the error message
   * @param <T> the element type
   * @return the copy
   */
  public static <T> List<T> copy(List<? extends T> list, String name) {
    Objects.requireNonNull(list, name + " == null");
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(Objects.requireNonNull(t, name + " must not contain null"));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Copies a list given to a builder into an unmodifiable list that may hold {@code null} elements.
   *
   * @param list the list
   * @param name the property name for the error message
   * @param <T> the element type
   * @return the copy
   */
  public static <T> List<@Nullable T> copyNullable(List<? extends @Nullable T> list, String name) {
    Objects.requireNonNull(list, name + " == null");
    return Collections.unmodifiableList(new ArrayList<@Nullable T>(list));
  }

  /**
   * Copies a map given to a builder into an unmodifiable map that keeps insertion order and allows
   * {@code null} values.
   *
   * @param map the map or {@code null}
   * @param <V> the value type
   * @return the copy, or {@code null} when the map is {@code null} or empty
   */
  public static <V> @Nullable Map<String, V> copyOrNull(@Nullable Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return null;
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Returns whether two property maps are equal, treating {@code null} as empty.
   *
   * @param a one map
   * @param b the other map
   * @return whether they hold the same entries
   */
  public static boolean sameProps(@Nullable Map<String, ?> a, @Nullable Map<String, ?> b) {
    boolean ae = a == null || a.isEmpty();
    boolean be = b == null || b.isEmpty();
    if (ae || be) {
      return ae == be;
    }
    return a.equals(b);
  }

  /**
   * Returns a hash code of a property map, treating {@code null} as empty.
   *
   * @param map the map
   * @return the hash code
   */
  public static int propsHash(@Nullable Map<String, ?> map) {
    return map == null ? 0 : map.hashCode();
  }

  /**
   * Rejects extra body keys that duplicate a typed property or use the {@code guided_*} fields that
   * vLLM 0.12 and later ignore.
   *
   * @param extraBody the extra body of a request builder
   * @param typed the JSON names of the typed properties
   * @throws IllegalArgumentException naming the offending key
   */
  public static void checkExtraBody(Map<String, ?> extraBody, Set<String> typed) {
    for (String key : extraBody.keySet()) {
      if (typed.contains(key)) {
        throw new IllegalArgumentException(
            "extraBody key '" + key + "' duplicates a typed property; use its builder method");
      }
      if (key.startsWith("guided_")) {
        throw new IllegalArgumentException(
            "extraBody key '"
                + key
                + "' is not allowed: vLLM >= 0.12 ignores guided_* fields; use"
                + " structuredOutputs(..)");
      }
    }
  }

  /**
   * Returns the JSON names a wire model lists in its {@link JsonPropertyOrder}: all its typed
   * properties, so the list is written once per class.
   *
   * @param type a class annotated with {@link JsonPropertyOrder}
   * @return an unmodifiable set of the names
   * @throws IllegalStateException if the class has no such annotation
   */
  public static Set<String> orderedProperties(Class<?> type) {
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order == null) {
      throw new IllegalStateException(type.getName() + " has no @JsonPropertyOrder");
    }
    return Set.of(order.value());
  }

  /**
   * Returns a string-or-list wire value ({@code stop}, {@code prompt}) as a list of strings.
   *
   * @param value a {@code String} or a {@code List} of strings
   * @return an unmodifiable list
   * @throws IllegalArgumentException if the value is neither
   */
  public static List<String> stringList(Object value) {
    if (value instanceof String) {
      return List.of((String) value);
    }
    if (!(value instanceof List)) {
      throw new IllegalArgumentException(
          "expected a string or a list of strings but was " + value.getClass().getSimpleName());
    }
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      out.add(String.valueOf(o));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the JSON names of the typed properties of a wire model: the {@link JsonProperty}
   * accessors of the class and its supertypes.
   *
   * @param type a wire model class (or its generated implementation)
   * @return an unmodifiable set of the names
   */
  public static Set<String> jsonProperties(Class<?> type) {
    return JSON_PROPERTIES.get(type);
  }

  private static final ClassValue<Set<String>> JSON_PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> names = new HashSet<>();
          for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
              JsonProperty p = m.getAnnotation(JsonProperty.class);
              if (p != null && !p.value().isEmpty()) {
                names.add(p.value());
              }
            }
          }
          return Set.copyOf(names);
        }
      };
}
