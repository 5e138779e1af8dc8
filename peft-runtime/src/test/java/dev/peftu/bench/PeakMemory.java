package dev.peftu.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Tracks this process's peak memory over a measured section, in two views.
 *
 * <ul>
 *   <li><b>JVM heap peak</b>: used heap only grows between collections, so its peak is either the
 *       total used just before some collection (reported by the garbage collectors' MXBean
 *       notifications) or the used heap now ({@code MemoryMXBean}). The native tensors of
 *       PyTorch are not on the heap.</li>
 *   <li><b>Process RSS peak</b>: {@code VmHWM} of {@code /proc/self/status}, the resident set's
 *       high-water mark, which includes PyTorch's native memory. Before each section the mark is
 *       reset by writing {@code 5} to {@code /proc/self/clear_refs}; where the kernel refuses,
 *       the mark stays the process's lifetime peak and {@link #rssResettable()} says so.</li>
 * </ul>
 */
final class PeakMemory implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final long NOTIFICATION_GRACE_MILLIS = 200;

    private final AtomicLong heapPeak = new AtomicLong();
    private final NotificationListener listener = this::onCollection;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private boolean rssResettable = true;

    /** Starts listening to the garbage collectors. */
    PeakMemory() {
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts a new section: forgets the peaks seen so far. */
    void reset() {
        System.gc();
        pauseForNotifications();
        heapPeak.set(heapUsedNow());
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException e) {
            rssResettable = false;
        }
    }

    /** Returns the most heap in use since the last {@link #reset()}, in bytes. */
    long heapPeakBytes() {
        pauseForNotifications();
        return heapPeak.accumulateAndGet(heapUsedNow(), Math::max);
    }

    /** Returns the resident set's high-water mark, in bytes, or -1 where /proc is missing. */
    long rssPeakBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    String[] fields = line.substring("VmHWM:".length()).trim().split("\\s+");
                    if (fields.length != 2 || !fields[1].equals("kB")) {
                        throw new IllegalStateException(STATUS + ": line '" + line
                                + "' should read 'VmHWM: <number> kB'");
                    }
                    return Long.parseLong(fields[0]) * 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            if (!Files.exists(STATUS)) {
                return -1;
            }
            throw new UncheckedIOException(STATUS.toString(), e);
        }
    }

    /** Returns whether the RSS peak could be reset, that is, whether it is per section. */
    boolean rssResettable() {
        return rssResettable;
    }

    private void onCollection(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            heapPeak.accumulateAndGet(before, Math::max);
        }
    }

    private static long heapUsedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collection notifications arrive on another thread, shortly after the collection. */
    private static void pauseForNotifications() {
        try {
            Thread.sleep(NOTIFICATION_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    // never added: nothing to remove
                }
            }
        }
    }
}
