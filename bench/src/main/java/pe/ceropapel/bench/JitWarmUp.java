package pe.ceropapel.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Repeats a warm-up load until the JIT is nearly done with it. On two cores the JVM has one C2
 * compiler thread, and with the application, Elasticsearch and the load generator in one process its
 * queue stays long for minutes: until it drains, the compiler takes a large share of the CPU and much
 * of the path runs as slower profiling code, which is not what a long-running server does.
 */
final class JitWarmUp {

    /** Warm once the compilers' time is below this share of the wall time of a slice. */
    private static final double QUIET = 0.05;
    private static final int MAX_SLICES = 36;

    @FunctionalInterface
    interface Slice {
        void run() throws Exception;
    }

    private JitWarmUp() {
    }

    /** Runs {@code slice} until one run leaves the compilers quiet; returns how many runs it took. */
    static int until(Slice slice) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int slices = 1; ; slices++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            slice.run();
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            System.err.printf("warm-up %d: %d ms compiling in %d ms%n", slices, compiling, wall.toMillis());
            if (compiling < QUIET * wall.toMillis() || slices == MAX_SLICES) {
                return slices;
            }
        }
    }
}
