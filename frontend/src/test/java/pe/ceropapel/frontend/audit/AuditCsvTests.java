package pe.ceropapel.frontend.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.audit.AuditEntry;

class AuditCsvTests {

    private static final AuditEntry SIGNED = new AuditEntry(42, Instant.parse("2026-12-05T15:00:00Z"), "doc-1", 3,
            "DocumentSignedEvent", "jperez", "INACAL/DM", "10.0.0.7", 1,
            "{\"subject\":\"Informe, \\\"urgente\\\"\",\"lines\":\"a\\r\\nb\"}");

    @Test
    void shouldWriteAHeaderAndOneRecordPerEventThatACsvReaderReadsBack() throws IOException {
        String csv = AuditCsv.of(List.of(SIGNED));

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(csv).startsWith("position,at,aggregate,sequence,event,user,office,address,version,payload\r\n");
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("position")).isEqualTo("42");
            assertThat(record.get("at")).isEqualTo("2026-12-05T15:00:00Z");
            assertThat(record.get("user")).isEqualTo("jperez");
            assertThat(record.get("payload")).isEqualTo(SIGNED.payload());
        });
    }

    @Test
    void shouldDefuseCellsThatASpreadsheetWouldTakeForAFormula() throws IOException {
        AuditEntry hostile = new AuditEntry(1, Instant.EPOCH, "=HYPERLINK(\"http://x\")", 0, "E", "+cmd", "-1",
                "@SUM(A1)", null, "{}");

        CSVRecord record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(AuditCsv.of(List.of(hostile)))).getRecords().get(0);

        assertThat(record.get("aggregate")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(record.get("user")).isEqualTo("'+cmd");
        assertThat(record.get("office")).isEqualTo("'-1");
        assertThat(record.get("address")).isEqualTo("'@SUM(A1)");
        assertThat(record.get("version")).isEmpty();
    }
}
