package jp.mynaportal.card.virtual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusive updates of small files shared by threads and processes: a lock within this JVM, then an
 * OS lock on {@code <file>.lock}; writes go to an fsynced temporary file renamed atomically over
 * the target, so a reader never sees half a file. The files hold private keys and PIN hashes, so
 * on a POSIX file system every file, lock file and folder this class creates is created readable
 * by the owner only ({@code rw-------}, folders {@code rwx------}); nothing is widened afterwards.
 */
public final class AtomicFiles {

    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private static final String OWNER_ONLY_FILE = "rw-------";
    private static final String OWNER_ONLY_FOLDER = "rwx------";

    private AtomicFiles() {}

    /** Runs an action while holding the file's lock against every other thread and process. */
    public static <T> T locked(Path file, Supplier<T> action) {
        Path path = file.toAbsolutePath().normalize();
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
        jvmLock.lock();
        try {
            createFolders(path.getParent());
            try (FileChannel channel = FileChannel.open(
                            path.resolveSibling(path.getFileName() + ".lock"),
                            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                            ownerOnly(path, OWNER_ONLY_FILE));
                    FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + path, e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** Replaces the file's content durably and atomically; call it while holding the lock. */
    public static void write(Path file, byte[] content) {
        Path path = file.toAbsolutePath().normalize();
        Path dir = path.getParent();
        Path tmp = dir.resolve(path.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            createFolders(dir);
            try (FileChannel out = FileChannel.open(
                    tmp,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    ownerOnly(dir, OWNER_ONLY_FILE))) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Creates a folder and its missing parents, each readable by the owner only. */
    public static void createFolders(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(absolute, ownerOnly(parent, OWNER_ONLY_FOLDER));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** The owner-only permissions as a creation attribute, or none on a file system without POSIX permissions. */
    private static FileAttribute<?>[] ownerOnly(Path near, String permissions) {
        if (near == null || !near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for syncing; the rename stays atomic there.
            return;
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove temporary file " + tmp, e);
        }
    }
}
