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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Exclusive updates of small files shared by threads and processes: a lock within this JVM, then an
 * OS lock on {@code <file>.lock}; writes go to an fsynced temporary file renamed atomically over
 * the target, so a reader never sees half a file.
 */
public final class AtomicFiles {

    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private AtomicFiles() {}

    /** Runs an action while holding the file's lock against every other thread and process. */
    public static <T> T locked(Path file, Supplier<T> action) {
        Path path = file.toAbsolutePath().normalize();
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(path, p -> new ReentrantLock());
        jvmLock.lock();
        try {
            Files.createDirectories(path.getParent());
            try (FileChannel channel = FileChannel.open(
                            path.resolveSibling(path.getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
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
            Files.createDirectories(dir);
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
