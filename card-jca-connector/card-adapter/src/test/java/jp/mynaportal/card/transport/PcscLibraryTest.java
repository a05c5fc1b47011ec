package jp.mynaportal.card.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PcscLibraryTest {

    @Test
    void onArm64DebianTheArm64LibraryIsFoundNotTheX8664One() {
        Set<Path> installed = Set.of(
                Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"),
                Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1"));
        assertThat(PcscLibrary.find("Linux", "aarch64", installed::contains))
                .contains(Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"));
    }

    @Test
    void onADistributionWithoutMultiarchTheLib64LibraryIsFound() {
        Set<Path> installed = Set.of(Path.of("/usr/lib64/libpcsclite.so.1"));
        assertThat(PcscLibrary.find("Linux", "amd64", installed::contains))
                .contains(Path.of("/usr/lib64/libpcsclite.so.1"));
    }

    @Test
    void onMacOsThePcscFrameworkIsUsed() {
        assertThat(PcscLibrary.find("Mac OS X", "aarch64", p -> true))
                .contains(Path.of("/System/Library/Frameworks/PCSC.framework/PCSC"));
    }

    @Test
    void withoutAnyInstalledLibraryNothingIsFound() {
        assertThat(PcscLibrary.find("Linux", "amd64", p -> false)).isEmpty();
    }
}
