package dev.docket.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The blob store: a local directory (one shared volume for every node on a host). Blobs are written to a
 * temporary file first and become visible under their key only by an atomic rename, so a reader never
 * sees half a file. The job hash stores keys, never bytes.
 *
 * <pre>
 * &lt;root&gt;/uploads/         multipart uploads while they stream in (server-chosen names)
 * &lt;root&gt;/tmp/             results while they are written
 * &lt;root&gt;/blobs/&lt;jobId&gt;/&lt;name&gt;   finished blobs; key = "&lt;jobId&gt;/&lt;name&gt;"
 * </pre>
 *
 * All methods block (file I/O): call them from worker threads or {@code executeBlocking}, never an event loop.
 * There is one implementation on purpose; an object-store one would take the same key scheme.
 */
public final class BlobStore {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+/[A-Za-z0-9_.-]+");

  private final Path root;

  public BlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Creates the directory layout (idempotent). */
  public BlobStore init() throws IOException {
    Files.createDirectories(uploadsDir());
    Files.createDirectories(tmpDir());
    Files.createDirectories(root.resolve("blobs"));
    return this;
  }

  /** Where multipart uploads stream to before they are moved in. Same file system as the blobs. */
  public Path uploadsDir() {
    return root.resolve("uploads");
  }

  /** The key of a job's blob, e.g. {@code key(id, "input")}. */
  public static String key(String jobId, String name) {
    return jobId + "/" + name;
  }

  /**
   * The file holding a blob (it may not exist).
   *
   * @throws IllegalArgumentException when the key is malformed (guards against path traversal)
   */
  public Path path(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("malformed blob key " + key);
    }
    return root.resolve("blobs").resolve(key);
  }

  /** A fresh, empty temporary file in the store's file system, for writing a blob before {@link #moveIn}. */
  public Path newTempFile(String suffix) throws IOException {
    return Files.createTempFile(tmpDir(), "blob-", suffix);
  }

  /** Atomically renames a finished temporary file (or upload) to its key. */
  public void moveIn(Path file, String key) throws IOException {
    Path target = path(key);
    Files.createDirectories(target.getParent());
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("blob store root must be one file system (cannot rename " + file + ")", e);
    }
  }

  /** Deletes every blob of a job (idempotent). */
  public void deleteJob(String jobId) throws IOException {
    Path dir = path(key(jobId, "x")).getParent();
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Path tmpDir() {
    return root.resolve("tmp");
  }
}
