package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Small helpers for the wire models: list copies, extra-body checks and string-or-list values. */
public final class Props {

  private Props() {}

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
