package pe.ceropapel.frontend.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import pe.ceropapel.api.audit.AuditEntry;

/**
 * An audit trail as CSV (RFC 4180 by Commons CSV, UTF-8): one line per event. Cells that a
 * spreadsheet would take for a formula are prefixed with an apostrophe.
 */
public final class AuditCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("position", "at", "aggregate", "sequence", "event", "user", "office", "address", "version",
                    "payload")
            .get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            for (AuditEntry entry : entries) {
                printer.printRecord(Stream.of(entry.position(), entry.at(), entry.aggregate(), entry.sequence(),
                                entry.event(), entry.user(), entry.office(), entry.address(), entry.version(),
                                entry.payload())
                        .map(value -> defused(value == null ? "" : Objects.toString(value))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return csv.toString();
    }

    private static String defused(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
