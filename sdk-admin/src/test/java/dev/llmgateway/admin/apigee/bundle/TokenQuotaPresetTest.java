package dev.llmgateway.admin.apigee.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class TokenQuotaPresetTest {

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  /**
   * Finds {@code shared/conformance/samples/llm-inference-gateway/apiproxy}: first beside {@code
   * maven.multiModuleProjectDirectory} (as {@code ../shared}), then beside each ancestor of the
   * working directory (so that git worktrees nested one level deeper find it too).
   */
  static Path guideBundle() {
    String rel = "shared/conformance/samples/llm-inference-gateway/apiproxy";
    List<Path> candidates = new ArrayList<>();
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    if (root != null) {
      candidates.add(Paths.get(root).resolve("..").resolve(rel));
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      candidates.add(p.resolve(rel));
    }
    return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
  }

  @Test
  void presetZip_equalsTheGuidesBundleFileByFileAsParsedXml() throws IOException {
    Path guide = guideBundle();
    assumeTrue(
        guide != null,
        "../shared/conformance/samples/llm-inference-gateway/apiproxy is absent; skipping the"
            + " comparison with the guide's bundle");
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(guide)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        expected.put(
            "apiproxy/" + guide.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> actual = unzip(TokenQuotaPreset.bundle().toZip());
    assertEquals(expected.keySet(), actual.keySet());
    for (String path : expected.keySet()) {
      assertEquals(
          XmlTree.canonical(expected.get(path)), XmlTree.canonical(actual.get(path)), path);
    }
  }

  @Test
  void presetZip_hasTheGuidesPoliciesStepsConditionsAndBasePath() throws IOException {
    Map<String, String> files = unzip(TokenQuotaPreset.bundle().toZip());
    assertEquals(
        List.of(
            "apiproxy/apigee-llm-inf-gw.xml",
            "apiproxy/policies/EV-ExtractTokenCounts.xml",
            "apiproxy/policies/Q-TokenQuota.xml",
            "apiproxy/policies/Q-TokenQuotaCounter.xml",
            "apiproxy/policies/VA-VerifyAPIKey.xml",
            "apiproxy/proxies/default.xml"),
        new ArrayList<>(files.keySet()));
    String proxy = XmlTree.canonical(files.get("apiproxy/proxies/default.xml"));
    assertTrue(proxy.contains("  BasePath = /v1/samples/apigee-llm-inf-gw\n"), proxy);
    assertTrue(
        proxy.contains(
            "  PreFlow {name=PreFlow}\n"
                + "    Request\n"
                + "      Step\n"
                + "        Name = VA-VerifyAPIKey\n"
                + "      Step\n"
                + "        Name = Q-TokenQuota\n"
                + "    Response\n"
                + "      Step\n"
                + "        Condition = response.content != null\n"
                + "        Name = EV-ExtractTokenCounts\n"
                + "      Step\n"
                + "        Name = Q-TokenQuotaCounter\n"),
        proxy);
    assertTrue(proxy.endsWith("  RouteRule {name=default}\n"), proxy);

    String verify = XmlTree.canonical(files.get("apiproxy/policies/VA-VerifyAPIKey.xml"));
    assertTrue(verify.contains("APIKey {ref=request.header.x-api-key}"), verify);

    String enforce = XmlTree.canonical(files.get("apiproxy/policies/Q-TokenQuota.xml"));
    assertTrue(
        enforce.startsWith(
            "Quota {continueOnError=false, enabled=true, name=Q-TokenQuota," + " type=flexi}"),
        enforce);
    assertTrue(enforce.contains("EnforceOnly = true"), enforce);
    assertTrue(enforce.contains("SharedName = token-quota"), enforce);
    assertTrue(
        enforce.contains(
            "Allow {countRef=verifyapikey.VA-VerifyAPIKey.apiproduct.developer.quota.limit}"),
        enforce);

    String count = XmlTree.canonical(files.get("apiproxy/policies/Q-TokenQuotaCounter.xml"));
    assertTrue(count.contains("CountOnly = true"), count);
    assertTrue(count.contains("MessageWeight {ref=total_token_count}"), count);
    assertTrue(count.contains("SharedName = token-quota"), count);

    String extract = XmlTree.canonical(files.get("apiproxy/policies/EV-ExtractTokenCounts.xml"));
    assertTrue(
        extract.contains(
            "Variable {name=total_token_count}\n      JSONPath = $.usage.total_tokens"),
        extract);
    assertTrue(extract.contains("Source {clearPayload=false} = response"), extract);
  }

  @Test
  void preset_withOtherName_usesItForDescriptorAndBasePath() throws IOException {
    Map<String, String> files = unzip(TokenQuotaPreset.bundle("my-gw").toZip());
    assertTrue(files.containsKey("apiproxy/my-gw.xml"));
    assertTrue(files.get("apiproxy/proxies/default.xml").contains("/v1/samples/my-gw"));
    assertTrue(
        XmlTree.canonical(files.get("apiproxy/my-gw.xml"))
            .startsWith("APIProxy {name=my-gw, revision=1}"));
  }

  @Test
  void toZip_isReproducibleAndRootedAtApiproxy() throws IOException {
    byte[] a = TokenQuotaPreset.bundle().toZip();
    assertArrayEquals(a, TokenQuotaPreset.bundle().toZip());
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertTrue(e.getName().startsWith("apiproxy/"), e.getName());
      }
    }
  }
}
