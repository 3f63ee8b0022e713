package pe.ceropapel.frontend.audit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pe.ceropapel.api.audit.AuditEntry;

/**
 * An audit trail as CSV (RFC 4180, UTF-8): one line per event. Cells that a spreadsheet would
 * take for a formula are prefixed with an apostrophe.
 */
public final class AuditCsv {

    private static final String HEADER = "position,at,aggregate,sequence,event,user,office,address,version,payload";

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        return Stream.concat(Stream.of(HEADER), entries.stream().map(AuditCsv::line))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String line(AuditEntry entry) {
        return Stream.of(entry.position(), entry.at(), entry.aggregate(), entry.sequence(), entry.event(), entry.user(),
                        entry.office(), entry.address(), entry.version(), entry.payload())
                .map(value -> cell(value == null ? "" : Objects.toString(value)))
                .collect(Collectors.joining(","));
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
