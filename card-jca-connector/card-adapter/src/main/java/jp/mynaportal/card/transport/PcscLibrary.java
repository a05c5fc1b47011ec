package jp.mynaportal.card.transport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the PC/SC library ({@code libpcsclite.so.1}) on this machine rather than assuming one
 * architecture's path: the Debian multiarch folder of the running JVM's architecture, then the
 * usual library folders of other distributions, then macOS's PCSC framework.
 */
public final class PcscLibrary {

    private PcscLibrary() {}

    /** The library on this machine, if any of the known places has it. */
    public static Optional<Path> find() {
        return find(
                System.getProperty("os.name", ""),
                System.getProperty("os.arch", ""),
                p -> p.toFile().isFile());
    }

    /** The first candidate for an operating system and architecture that {@code exists}. */
    static Optional<Path> find(String osName, String osArch, Predicate<Path> exists) {
        return candidates(osName, osArch).stream().filter(exists).findFirst();
    }

    static List<Path> candidates(String osName, String osArch) {
        List<Path> candidates = new ArrayList<>();
        if (osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            candidates.add(Path.of("/System/Library/Frameworks/PCSC.framework/PCSC"));
            return candidates;
        }
        multiarch(osArch).ifPresent(triplet -> {
            candidates.add(Path.of("/usr/lib", triplet, "libpcsclite.so.1"));
            candidates.add(Path.of("/lib", triplet, "libpcsclite.so.1"));
        });
        candidates.add(Path.of("/usr/lib64/libpcsclite.so.1"));
        candidates.add(Path.of("/usr/lib/libpcsclite.so.1"));
        candidates.add(Path.of("/usr/local/lib/libpcsclite.so.1"));
        return candidates;
    }

    /** The Debian multiarch triplet of a JVM architecture ({@code os.arch}). */
    static Optional<String> multiarch(String osArch) {
        return Optional.ofNullable(
                switch (osArch.toLowerCase(Locale.ROOT)) {
                    case "amd64", "x86_64" -> "x86_64-linux-gnu";
                    case "aarch64", "arm64" -> "aarch64-linux-gnu";
                    case "arm" -> "arm-linux-gnueabihf";
                    case "x86", "i386", "i686" -> "i386-linux-gnu";
                    case "ppc64le" -> "powerpc64le-linux-gnu";
                    case "s390x" -> "s390x-linux-gnu";
                    case "riscv64" -> "riscv64-linux-gnu";
                    default -> null;
                });
    }
}
