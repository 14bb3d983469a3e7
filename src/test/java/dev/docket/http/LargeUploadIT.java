package dev.docket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.support.DocketProcess;
import dev.docket.support.Http;
import dev.docket.support.RedisServerExtension;
import dev.docket.support.TempFiles;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 1 GiB upload to a web node whose heap is capped at 256 MiB: it can only succeed if the body is
 * streamed to disk. The document is a real OOXML presentation package (content types + main part)
 * padded with a 1 GiB media entry, generated while it is sent, so nothing 1 GiB large exists in the test.
 */
class LargeUploadIT {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();
  static final long PADDING_BYTES = 1L << 30;

  @Test
  void aOneGibUploadSucceedsWithA256MibHeap() throws Exception {
    Path data = Files.createTempDirectory("docket-large-");
    try (DocketProcess web = DocketProcess.start(Map.of("DOCKET_REDIS_URL", REDIS.url(), "DOCKET_DATA_DIR",
        data.toString(), "DOCKET_ROLES", "web", "DOCKET_MAX_UPLOAD_BYTES", "2g"), List.of("-Xmx256m"))) {
      HttpURLConnection c = (HttpURLConnection) URI.create(web.base() + "/api/jobs").toURL().openConnection();
      c.setDoOutput(true);
      c.setChunkedStreamingMode(1 << 16);
      c.setRequestMethod("POST");
      c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + Http.BOUNDARY);
      long started = System.nanoTime();
      try (OutputStream out = c.getOutputStream()) {
        out.write(("--" + Http.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pptx\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        writePaddedPresentation(new NonClosing(out));
        out.write(("\r\n--" + Http.BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      int status = c.getResponseCode();
      String body = new String((status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes(), StandardCharsets.UTF_8);
      double seconds = (System.nanoTime() - started) / 1e9;
      assertEquals(202, status, body + "\n" + web.output());
      String id = new JsonObject(body).getString("id");
      JsonObject job = new JsonObject(Http.get(web.base() + "/api/jobs/" + id).body());
      long bytes = job.getJsonObject("input").getLong("bytes");
      assertEquals("pptx", job.getJsonObject("input").getString("type"));
      assertEquals(bytes, Files.size(data.resolve("blobs").resolve(id).resolve("input")));
      System.out.printf("1 GiB upload: %d bytes in %.1f s = %.0f MB/s with -Xmx256m%n", bytes, seconds, bytes / seconds / 1e6);
    } finally {
      TempFiles.deleteTree(data);
    }
  }

  private static void writePaddedPresentation(OutputStream out) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.NO_COMPRESSION); // keep the upload really 1 GiB, and fast to produce
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
          + "<Override PartName=\"/ppt/presentation.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>"
          + "</Types>");
      put(zip, "ppt/presentation.xml", "<?xml version=\"1.0\"?><p:presentation "
          + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
      zip.putNextEntry(new ZipEntry("ppt/media/padding.bin"));
      byte[] buf = new byte[1 << 20];
      SplittableRandom random = new SplittableRandom(42);
      for (long written = 0; written < PADDING_BYTES; written += buf.length) {
        for (int i = 0; i < buf.length; i += 8) {
          long v = random.nextLong();
          for (int b = 0; b < 8; b++) {
            buf[i + b] = (byte) (v >>> (8 * b));
          }
        }
        zip.write(buf);
      }
      zip.closeEntry();
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Lets the zip finish without closing the request body under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
