package pe.ceropapel.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs an operation from several client threads for a few timed rounds after a warm-up. */
final class LoadRunner {

    /** One operation; {@code sequence} is unique across all calls of a run. */
    @FunctionalInterface
    interface Operation {
        void run(int sequence) throws Exception;
    }

    /**
     * Median throughput over the rounds, the 99th percentile latency over all timed calls, and how many
     * calls the run made in all (its untimed first round included).
     */
    record Result(double opsPerSecond, double p99Millis, int calls) {
    }

    private final int clients;
    private final int opsPerRound;
    private final int rounds;

    LoadRunner(int clients, int opsPerRound, int rounds) {
        this.clients = clients;
        this.opsPerRound = opsPerRound;
        this.rounds = rounds;
    }

    Result run(Operation operation) throws Exception {
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            int untimed = Math.max(clients, opsPerRound / 4);
            round(pool, operation, sequence, new long[untimed]);
            double[] throughput = new double[rounds];
            List<Long> latencies = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long[] nanos = new long[opsPerRound];
                long elapsed = round(pool, operation, sequence, nanos);
                throughput[r] = opsPerRound / (elapsed / 1e9);
                for (long n : nanos) {
                    latencies.add(n);
                }
            }
            Arrays.sort(throughput);
            Collections.sort(latencies);
            double p99 = latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1e6;
            return new Result(throughput[rounds / 2], p99, untimed + rounds * opsPerRound);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs {@code latencies.length} calls spread over the clients; returns the wall time in nanoseconds. */
    private long round(ExecutorService pool, Operation operation, AtomicInteger sequence, long[] latencies)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < latencies.length; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    operation.run(sequence.getAndIncrement());
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        return System.nanoTime() - start;
    }
}
