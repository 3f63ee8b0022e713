package pe.ceropapel.bench;

import java.util.Locale;

/** One line of the results table: our path beside the raw limit of the same engine. */
record Row(String scenario, String unit, double ours, double raw, double p99Millis, long peakHeapMb) {

    static final String HEADER = """
            | scenario | unit | ours (median) | raw limit (median) | ratio | ours p99 (ms) | peak heap (MB) |
            |---|---|---:|---:|---:|---:|---:|""";

    String markdown() {
        String p99 = Double.isNaN(p99Millis) ? "-" : String.format(Locale.ROOT, "%.1f", p99Millis);
        return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.2f | %s | %d |",
                scenario, unit, ours, raw, ours / raw, p99, peakHeapMb);
    }
}
