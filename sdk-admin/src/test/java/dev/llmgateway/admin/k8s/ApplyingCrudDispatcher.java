package dev.llmgateway.admin.k8s;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * Fabric8's CRUD dispatcher with server-side apply: the stock dispatcher answers an apply patch for
 * an absent object with 404 and rejects the apply content type for present ones. Here an apply
 * creates the object when absent and merges it when present, which is what a real API server does
 * for a single field manager.
 */
final class ApplyingCrudDispatcher extends KubernetesCrudDispatcher {

  @Override
  public MockResponse handlePatch(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    if (contentType == null || !contentType.startsWith("application/apply-patch")) {
      return super.handlePatch(request);
    }
    String path = request.getPath();
    String resourcePath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    byte[] body = request.getBody().getBytes();
    if (findResource(getKey(resourcePath)) == null) {
      String collection = resourcePath.substring(0, resourcePath.lastIndexOf('/'));
      return handleCreate(request(HttpMethod.POST, collection, "application/json", body));
    }
    return super.handlePatch(request(HttpMethod.PATCH, path, "application/merge-patch+json", body));
  }

  private static RecordedRequest request(
      HttpMethod method, String path, String contentType, byte[] body) {
    Headers headers = new Headers.Builder().add("Content-Type", contentType).build();
    return new RecordedRequest(
        method + " " + path + " HTTP/1.1", method, path, headers, new Buffer(body));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, UTF_8);
  }
}
