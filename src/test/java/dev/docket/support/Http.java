package dev.docket.support;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** A plain JDK HTTP client for tests, with multipart bodies built in memory (small files only). */
public final class Http {
  public static final String BOUNDARY = "docket-test-boundary-7MA4YWxkTrZu0gW";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {
  }

  /** A multipart/form-data body with one file field {@code file} (and {@code target} when non-null). */
  public static byte[] multipart(String fileName, byte[] content, String target) {
    return multipartWithFields(fileName, content, target == null ? java.util.Map.of() : java.util.Map.of("target", target));
  }

  /** A multipart/form-data body with these text fields, then one file field {@code file}. */
  public static byte[] multipartWithFields(String fileName, byte[] content, java.util.Map<String, String> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  public static HttpResponse<String> upload(String base, Path file, String name) throws Exception {
    return post(base + "/api/jobs", multipart(name, Files.readAllBytes(file), null));
  }

  public static HttpResponse<String> post(String url, byte[] multipartBody) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<byte[]> getBytes(String url) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Polls {@code GET /api/jobs/{id}} until the predicate holds; fails after the timeout. */
  public static JsonObject awaitJob(String base, String id, Predicate<JsonObject> done, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonObject last = null;
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(base + "/api/jobs/" + id);
      if (r.statusCode() == 200) {
        last = new JsonObject(r.body());
        if (done.test(last)) {
          return last;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not reach the expected state in " + timeout + "; last: " + last);
  }

  /** True for completed, failed and cancelled. */
  public static boolean finished(JsonObject job) {
    String s = job.getString("state");
    return "completed".equals(s) || "failed".equals(s) || "cancelled".equals(s);
  }
}
