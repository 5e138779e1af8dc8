package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark's memory tracker sees peaks that are already gone when it is asked. */
class PeakMemoryTest {

    private static final int SIXTY_FOUR_MB = 64 * 1024 * 1024;

    @Test
    void heapPeakIncludesGarbageCollectedSinceTheReset() {
        try (PeakMemory memory = new PeakMemory()) {
            memory.reset();
            long before = memory.heapPeakBytes();
            byte[] garbage = new byte[SIXTY_FOUR_MB];
            garbage[garbage.length - 1] = 1;
            garbage = null;
            System.gc();
            assertThat(memory.heapPeakBytes()).isGreaterThanOrEqualTo(before + SIXTY_FOUR_MB);
        }
    }

    @Test
    void rssPeakIncludesNativeMemoryTouchedSinceTheReset() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc");
        try (PeakMemory memory = new PeakMemory()) {
            memory.reset();
            long before = memory.rssPeakBytes();
            ByteBuffer buffer = ByteBuffer.allocateDirect(SIXTY_FOUR_MB);
            for (int i = 0; i < buffer.capacity(); i += 4096) {
                buffer.put(i, (byte) 1);
            }
            assertThat(memory.rssPeakBytes()).isGreaterThanOrEqualTo(before + SIXTY_FOUR_MB * 3L / 4);
        }
    }
}
