package dev.llmgateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.AccessibleObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor keeps {@code internal} off the API: API packages are exported to everyone,
 * internal packages only to the SDK's own modules, and every package with JSON-bound classes is
 * opened to Jackson. The tests run on the module path (Surefire's default for a module), so this
 * reads the real descriptor.
 */
class ModuleBoundaryTest {

  private static final Set<String> SDK_MODULES =
      Set.of("dev.llmgateway.admin", "dev.llmgateway.emulator");

  private static final Module MODULE = GatewayClient.class.getModule();

  private static ModuleDescriptor descriptor() {
    assertTrue(MODULE.isNamed(), "tests must run on the module path to check the descriptor");
    return MODULE.getDescriptor();
  }

  @Test
  void descriptor_isTheClientModule() {
    assertEquals("dev.llmgateway.client", descriptor().name());
  }

  @Test
  void exports_apiToEveryoneAndInternalOnlyToTheSdkModules() throws Exception {
    Map<String, Set<String>> exports = new TreeMap<>();
    descriptor().exports().forEach(e -> exports.put(e.source(), e.targets()));
    Set<String> packages = new TreeSet<>();
    mainClasses().forEach(c -> packages.add(c.getPackageName()));
    assertTrue(packages.contains("dev.llmgateway.client.internal.check"), packages.toString());
    for (String pkg : packages) {
      if (pkg.contains(".internal")) {
        assertTrue(
            !exports.containsKey(pkg) || SDK_MODULES.containsAll(exports.get(pkg)),
            pkg + " is exported beyond the SDK: " + exports.get(pkg));
        assertTrue(
            !exports.containsKey(pkg) || !exports.get(pkg).isEmpty(),
            pkg + " must not be exported to everyone");
      } else {
        assertEquals(Set.of(), exports.get(pkg), pkg + " must be exported to everyone");
      }
    }
  }

  @Test
  void opens_everyPackageWithJsonBoundClassesToJacksonOnly() throws Exception {
    Set<String> needed = new TreeSet<>();
    for (Class<?> type : mainClasses()) {
      if (jsonBound(type)) {
        needed.add(type.getPackageName());
      }
    }
    Map<String, Set<String>> opens = new TreeMap<>();
    descriptor().opens().forEach(o -> opens.put(o.source(), o.targets()));
    assertTrue(needed.size() >= 5, "found too few JSON-bound packages: " + needed);
    for (String pkg : needed) {
      assertEquals(
          Set.of("tools.jackson.databind"), opens.get(pkg), pkg + " is not opened to Jackson");
    }
    assertEquals(needed, opens.keySet(), "opened packages without JSON-bound classes");
  }

  private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
    ResolvedModule resolved =
        MODULE.getLayer().configuration().findModule(MODULE.getName()).orElseThrow();
    List<String> names;
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> resources = reader.list()) {
      names =
          resources
              .filter(r -> r.endsWith(".class") && !r.endsWith("module-info.class"))
              .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toList());
    }
    // Surefire patches the test classes into the module; keep the classes of the main jar.
    URL main = GatewayClient.class.getProtectionDomain().getCodeSource().getLocation();
    List<Class<?>> out = new ArrayList<>();
    for (String name : names) {
      Class<?> c = Class.forName(name, false, ModuleBoundaryTest.class.getClassLoader());
      if (main.equals(c.getProtectionDomain().getCodeSource().getLocation())) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean jsonBound(Class<?> type) {
    if (jackson(type.getDeclaredAnnotations())) {
      return true;
    }
    List<AccessibleObject> members = new ArrayList<>();
    members.addAll(List.of(type.getDeclaredFields()));
    members.addAll(List.of(type.getDeclaredMethods()));
    members.addAll(List.of(type.getDeclaredConstructors()));
    return members.stream().anyMatch(m -> jackson(m.getDeclaredAnnotations()));
  }

  private static boolean jackson(Annotation[] annotations) {
    for (Annotation a : annotations) {
      String n = a.annotationType().getPackageName();
      if (n.equals("com.fasterxml.jackson.annotation") || n.startsWith("tools.jackson.databind")) {
        return true;
      }
    }
    return false;
  }
}
