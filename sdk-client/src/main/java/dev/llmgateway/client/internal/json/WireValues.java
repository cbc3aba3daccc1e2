package dev.llmgateway.client.internal.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.module.SimpleModule;

/**
 * Lets Jackson read the classes Immutables generates in the {@link WireStyle} without a builder or
 * a shadow object per value: Jackson creates the generated class through its private no-arg
 * constructor and sets its fields, as it does for a hand-written class. Measured on a stream chunk,
 * that allocates a few percent more than the hand-written classes did, where Jackson going through
 * the generated builder allocates over a third more (see {@code facts/value-types.md}).
 *
 * <p>Two pieces: {@link #introspector()} makes the generated field of the {@link JsonAnyGetter}
 * accessor (the unknown properties) Jackson's any-setter; {@link #module()} finishes each parsed
 * value: absent collections become empty, absent {@code @Value.Default} attributes take their
 * default (each default method called once per class, so it must not read other attributes, as the
 * style's {@code unsafeDefaultAndDerived} demands anyway) and Jackson's mutable collections are
 * wrapped in unmodifiable views. Parsing does not run the {@code @Value.Check} validation:
 * responses are read tolerantly, as before; builders validate.
 */
public final class WireValues {

  /** The accessor suffix of an attribute whose public accessor adds a fallback (see WireStyle). */
  private static final String RAW = "Raw";

  private WireValues() {}

  /**
   * Returns the annotation introspector that marks the unknown-property field of a generated class
   * as any-setter.
   *
   * @return the introspector
   */
  public static JacksonAnnotationIntrospector introspector() {
    return new Introspector();
  }

  /**
   * Returns the module that finishes each parsed generated value.
   *
   * @return the module
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("llmgateway-wire-values");
    module.setDeserializerModifier(new FinishingModifier());
    return module;
  }

  /**
   * Returns the public abstract wire type of a generated class, or the class itself.
   *
   * @param type a class
   * @return the type users see
   */
  public static Class<?> publicType(Class<?> type) {
    return isGenerated(type) ? type.getSuperclass() : type;
  }

  /**
   * A {@code @JsonInclude(value = CUSTOM, valueFilter = WireValues.Absent.class)} filter that
   * leaves out a collection only when it was absent: parsed {@code []} is kept as a distinct list
   * and written back, while an absent or never-set collection is one of the shared empty instances.
   */
  public static final class Absent {
    /** Creates the filter; Jackson calls this. */
    public Absent() {}

    @Override
    public boolean equals(@Nullable Object value) {
      return isAbsent(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /**
   * Returns whether a collection attribute of a parsed or built value was absent (or never set), as
   * opposed to present and empty.
   *
   * @param value the attribute value
   * @return whether it is absent
   */
  public static boolean isAbsent(@Nullable Object value) {
    return value == null || value == List.of() || value == Collections.emptyList();
  }

  private static boolean isGenerated(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    return parent != null
        && parent.isAnnotationPresent(WireStyle.class)
        && type.getSimpleName().equals("Immutable" + parent.getSimpleName());
  }

  private static final class Introspector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    /** Links a {@code fooRaw()} accessor (attribute {@code foo}, see the style) to field foo. */
    @Override
    public @Nullable String findImplicitPropertyName(MapperConfig<?> config, AnnotatedMember m) {
      String name = m.getName();
      if (m instanceof AnnotatedMethod
          && ((AnnotatedMethod) m).getParameterCount() == 0
          && name.endsWith(RAW)
          && (m.getDeclaringClass().isAnnotationPresent(WireStyle.class)
              || isGenerated(m.getDeclaringClass()))) {
        return name.substring(0, name.length() - RAW.length());
      }
      return super.findImplicitPropertyName(config, m);
    }

    @Override
    public @Nullable Boolean hasAnySetter(MapperConfig<?> config, Annotated a) {
      if (a instanceof AnnotatedField) {
        AnnotatedField f = (AnnotatedField) a;
        Class<?> owner = f.getDeclaringClass();
        if (isGenerated(owner) && Map.class.isAssignableFrom(f.getRawType())) {
          try {
            if (owner.getMethod(f.getName()).isAnnotationPresent(JsonAnyGetter.class)
                || owner
                    .getSuperclass()
                    .getMethod(f.getName())
                    .isAnnotationPresent(JsonAnyGetter.class)) {
              return Boolean.TRUE;
            }
          } catch (NoSuchMethodException e) {
            return super.hasAnySetter(config, a);
          }
        }
      }
      return super.hasAnySetter(config, a);
    }
  }

  private static final class FinishingModifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier beanDescRef,
        ValueDeserializer<?> deserializer) {
      Class<?> type = beanDescRef.getBeanClass();
      return isGenerated(type) ? new Finishing(deserializer, Finisher.of(type)) : deserializer;
    }
  }

  /** The fields of one generated class that need finishing, with the value each takes if absent. */
  private static final class Finisher {
    private final Field[] fields;
    private final Object[] absent;

    private Finisher(Field[] fields, Object[] absent) {
      this.fields = fields;
      this.absent = absent;
    }

    static Finisher of(Class<?> type) {
      try {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        Object blank = lookup.findConstructor(type, MethodType.methodType(void.class)).invoke();
        List<Field> fields = new ArrayList<>();
        List<Object> absent = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
            continue;
          }
          Object value = emptyOf(f.getType());
          Method m = value == null ? defaultMethod(type, f.getName()) : null;
          if (m != null) {
            // The @Value.Default body itself, called on an empty instance (it reads no attribute).
            value =
                lookup
                    .findSpecial(
                        m.getDeclaringClass(),
                        m.getName(),
                        MethodType.methodType(m.getReturnType()),
                        type)
                    .invoke(blank);
          }
          if (value != null) {
            f.setAccessible(true);
            fields.add(f);
            absent.add(value);
          }
        }
        return new Finisher(fields.toArray(new Field[0]), absent.toArray());
      } catch (Throwable e) {
        throw new IllegalStateException("cannot prepare JSON reading of " + type.getName(), e);
      }
    }

    /**
     * Returns the {@code @Value.Default} method of an attribute: a non-abstract no-argument method
     * of the wire type that the generated class overrides.
     */
    private static @Nullable Method defaultMethod(Class<?> generated, String name) {
      try {
        generated.getDeclaredMethod(name);
      } catch (NoSuchMethodException e) {
        return null;
      }
      for (Class<?> c = generated.getSuperclass(); c != Object.class; c = c.getSuperclass()) {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(name)
              && m.getParameterCount() == 0
              && !Modifier.isAbstract(m.getModifiers())) {
            return m;
          }
        }
      }
      return null;
    }

    private static @Nullable Object emptyOf(Class<?> type) {
      if (type == List.class) {
        return List.of();
      }
      if (type == Map.class) {
        return Map.of();
      }
      return type == Set.class ? Set.of() : null;
    }

    void finish(Object value) {
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        Object v = get(f, value);
        if (v == null) {
          set(f, value, absent[i]);
        } else if (v instanceof ArrayList) {
          set(f, value, Collections.unmodifiableList((List<?>) v));
        } else if (v instanceof HashMap) {
          set(f, value, Collections.unmodifiableMap((Map<?, ?>) v));
        }
      }
    }

    private static @Nullable Object get(Field f, Object target) {
      try {
        return f.get(target);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + f, e);
      }
    }

    private static void set(Field f, Object target, Object value) {
      try {
        f.set(target, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot write " + f, e);
      }
    }
  }

  private static final class Finishing extends DelegatingDeserializer {
    private final Finisher finisher;

    Finishing(ValueDeserializer<?> delegate, Finisher finisher) {
      super(delegate);
      this.finisher = finisher;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Finishing(delegate, finisher);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      Object value = _delegatee.deserialize(p, ctxt);
      finisher.finish(value);
      return value;
    }
  }
}
