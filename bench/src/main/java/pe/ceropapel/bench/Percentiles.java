package pe.ceropapel.bench;

/** Percentiles of measured durations. */
final class Percentiles {

    private Percentiles() {
    }

    /** The {@code fraction} percentile of sorted nanoseconds, in milliseconds. */
    static double millis(long[] sortedNanos, double fraction) {
        return sortedNanos[(int) Math.ceil(sortedNanos.length * fraction) - 1] / 1e6;
    }
}
