package dev.llmgateway.emulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmgateway.client.GatewayClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The admin and the emulator build on the class path, where nothing stops them from using any of
 * sdk-client's internal packages; on the module path only the packages sdk-client exports to them
 * are readable. This reads both modules' sources and checks that every client internal package they
 * use is exported to them, so a missing export fails here and not in an application.
 */
class SdkModuleBoundaryTest {

  private static final Pattern CLIENT_INTERNAL =
      Pattern.compile("dev\\.llmgateway\\.client\\.internal(\\.[a-z]+)*(?=\\.[A-Z])");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"dev.llmgateway.admin, ../sdk-admin", "dev.llmgateway.emulator, ."})
  void clientInternalsUsed_areExportedToTheModule(String module, String basedir) {
    Map<String, Set<String>> exports = new TreeMap<>();
    clientDescriptor().exports().forEach(e -> exports.put(e.source(), e.targets()));
    Set<String> used = clientInternalsUsedBy(Path.of(basedir, "src", "main", "java"));
    assertTrue(!used.isEmpty(), module + " uses no client internals: the scan found nothing");
    for (String pkg : used) {
      assertTrue(
          exports.containsKey(pkg) && exports.get(pkg).contains(module),
          pkg + " is used by " + module + " but sdk-client's module-info does not export it there");
    }
  }

  private static ModuleDescriptor clientDescriptor() {
    try {
      Path location =
          Path.of(GatewayClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(location).find("dev.llmgateway.client").orElseThrow().descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> clientInternalsUsedBy(Path sources) {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                Matcher m = CLIENT_INTERNAL.matcher(read(f));
                while (m.find()) {
                  packages.add(m.group());
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packages;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
