package pe.ceropapel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The whole machine's busy CPU time from Linux's {@code /proc/stat}: every process (this JVM with the
 * application, its embedded S3 server and the load generator; PostgreSQL; Elasticsearch) and the kernel.
 * A path that keeps all cores busy is bound by the CPU, not by waiting.
 */
final class MachineCpu {

    /** Linux reports {@code /proc/stat} in units of 1/100 s on every architecture. */
    private static final double MILLIS_PER_TICK = 10;
    private static final Path STAT = Path.of("/proc/stat");

    private MachineCpu() {
    }

    /** Busy milliseconds of all cores so far: user, nice, system, irq and softirq time (idle, iowait and steal excluded). */
    static double busyMillis() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, 8).mapToLong(Long::parseLong).toArray();
            long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6];
            return busy * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
