package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one configured {@link JsonMapper} of the client and hot-path helpers around it.
 *
 * <p>Configuration: only explicitly annotated properties are (de)serialized, unknown properties are
 * ignored unless a type keeps them, absent values ({@code null}, empty {@code Optional}) are not
 * written (nor empty collections), properties keep declaration order, and {@code null} for a
 * primitive reads as its default; {@code NaN} and {@code Infinity} are accepted. Readers are cached
 * per type, so a call does no reflection beyond Jackson's cached deserializers. All methods throw
 * Jackson's unchecked {@code JacksonException} on malformed input. This class is thread-safe.
 */
public final class Json {

  private static final JsonInclude.Value NON_EMPTY =
      JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS);

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Python's json module writes NaN and Infinity (e.g. in log probabilities).
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .changeDefaultVisibility(
              vc ->
                  vc.withOverrides(
                      JsonAutoDetect.Value.noOverrides()
                          .withFieldVisibility(JsonAutoDetect.Visibility.NONE)
                          .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                          .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                          .withSetterVisibility(JsonAutoDetect.Visibility.NONE)))
          .changeDefaultPropertyInclusion(
              incl ->
                  JsonInclude.Value.construct(
                      JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
          // Wire models return empty collections for absent ones; leave those out. An attribute
          // that must be written when empty says @JsonInclude(ALWAYS).
          .withConfigOverride(List.class, o -> o.setInclude(NON_EMPTY))
          .withConfigOverride(Map.class, o -> o.setInclude(NON_EMPTY))
          .annotationIntrospector(WireValues.introspector())
          .addModule(WireValues.module())
          .build();

  private static final ObjectWriter WRITER = MAPPER.writer();

  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return MAPPER.readerFor(type);
        }
      };

  private Json() {}

  /**
   * Returns the shared mapper. Do not reconfigure it; derive readers or writers instead.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Serializes a value to UTF-8 JSON bytes.
   *
   * @param value the value
   * @return the JSON bytes
   */
  public static byte[] write(Object value) {
    return WRITER.writeValueAsBytes(value);
  }

  /**
   * Serializes a value to a JSON string.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String writeString(Object value) {
    return WRITER.writeValueAsString(value);
  }

  /**
   * Reads a value from UTF-8 JSON bytes.
   *
   * @param bytes the JSON bytes
   * @param type the target type
   * @param <T> the target type
   * @return the value
   */
  public static <T> T read(byte[] bytes, Class<T> type) {
    return READERS.get(type).readValue(bytes);
  }

  /**
   * Reads a value from a slice of UTF-8 JSON bytes (for example one SSE {@code data:} field in a
   * larger buffer) without copying it.
   *
   * @param bytes the buffer
   * @param offset the first byte of the JSON text
   * @param length the number of bytes of the JSON text
   * @param type the target type
   * @param <T> the target type
   * @return the value
   */
  public static <T> T read(byte[] bytes, int offset, int length, Class<T> type) {
    return READERS.get(type).readValue(bytes, offset, length);
  }

  /**
   * Reads a value from a JSON string.
   *
   * @param json the JSON text
   * @param type the target type
   * @param <T> the target type
   * @return the value
   */
  public static <T> T read(String json, Class<T> type) {
    return READERS.get(type).readValue(json);
  }

  /**
   * Reads a value from a stream of UTF-8 JSON; the stream is not closed.
   *
   * @param in the stream
   * @param type the target type
   * @param <T> the target type
   * @return the value
   */
  public static <T> T read(InputStream in, Class<T> type) {
    return READERS.get(type).readValue(in);
  }

  /**
   * Returns a readable representation {@code SimpleName{json}} of a wire value, for {@code
   * toString()}.
   *
   * @param value the value
   * @return the text
   */
  public static String toString(Object value) {
    String json;
    try {
      json = WRITER.writeValueAsString(value);
    } catch (RuntimeException e) {
      json = "{<unprintable: " + e.getClass().getSimpleName() + ">}";
    }
    return WireValues.publicType(value.getClass()).getSimpleName() + json;
  }
}
