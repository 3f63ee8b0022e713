package pe.ceropapel.api.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class PideSoapTests {

    private static final byte[] PDF = "%PDF-1.7 firmado".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldCarryATramiteWithPideFieldNamesBothWays() throws Exception {
        byte[] pdf = PDF;
        Tramite sent = new Tramite("20600283015", "INACAL", "Dirección de Metrología", "DNI", "10000002",
                "20999999991", "2600000001", "2500000042", "OFICIO", "OFICIO N° 000001-2026-INACAL/DM",
                LocalDate.of(2026, 11, 26), "Mesa de partes", "Ana Torres", "Jefa de Trámite",
                "Calibración de balanzas <y> «mercados»", 2, 3, "oficio.pdf", null, List.of("anexo-1.pdf", "anexo 2.xlsx"),
                "https://example.gob.pe/anexos");

        String xml = PideSoap.receive(new TramiteMessage(sent, pdf));
        PideSoap.Request request = PideSoap.read(xml.getBytes(StandardCharsets.UTF_8));
        TramiteMessage received = PideSoap.tramite(request);

        assertThat(xml).contains("<vrucentrem>20600283015</vrucentrem>", "<vcuo>2600000001</vcuo>",
                "<snumfol>3</snumfol>", "ws:recepcionarTramite");
        assertThat(request.operation()).isEqualTo(PideSoap.RECEIVE);
        assertThat(received.document()).isEqualTo(pdf);
        assertThat(received.tramite().subject()).isEqualTo("Calibración de balanzas <y> «mercados»");
        assertThat(received.tramite().attachmentNames()).containsExactly("anexo-1.pdf", "anexo 2.xlsx");
        assertThat(received.tramite().documentSha256()).as("computed from the bytes that arrived")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(received.tramite()).usingRecursiveComparison().ignoringFields("documentSha256").isEqualTo(sent);
    }

    @Test
    void shouldCarryACargoAndAnswers() {
        Cargo cargo = new Cargo("2600000001", "20600283015", "20999999991", "2026-0000123", 2026,
                Instant.parse("2026-11-26T15:04:05Z"), "INACAL/GG", "cmesa", null, ExchangeState.RECEIVED, null);

        CargoMessage read = PideSoap.cargo(PideSoap.read(PideSoap.cargo(new CargoMessage(cargo, PDF))
                .getBytes(StandardCharsets.UTF_8)));
        ExchangeAnswer answer = PideSoap.answer(PideSoap.read(PideSoap.answer(PideSoap.QUERY, PideSoap.OK, "Conforme",
                new ExchangeAnswer("2600000001", ExchangeState.OBSERVED, null, "Falta el anexo"))
                .getBytes(StandardCharsets.UTF_8)));
        ExchangeAnswer refusal = PideSoap.answer(PideSoap.read(PideSoap.answer("respuesta", PideSoap.REFUSED,
                "Firma no válida", null).getBytes(StandardCharsets.UTF_8)));

        assertThat(read.receipt()).isEqualTo(PDF);
        assertThat(read.cargo()).usingRecursiveComparison().ignoringFields("receiptSha256").isEqualTo(cargo);
        assertThat(answer).isEqualTo(new ExchangeAnswer("2600000001", ExchangeState.OBSERVED, null, "Falta el anexo"));
        assertThat(refusal.state()).isNull();
        assertThat(refusal.observations()).isEqualTo("0001 Firma no válida");
    }

    @Test
    void shouldRefuseWhatIsNotAnEnvelopeOrDeclaresADocumentType() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<consultarTramite><request><vcuo>&e;</vcuo></request></consultarTramite></soap:Body></soap:Envelope>";

        assertThatThrownBy(() -> PideSoap.read(withEntity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PideSoap.MalformedMessageException.class);
        assertThatThrownBy(() -> PideSoap.read("<a><b/></a>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the message is not a SOAP 1.1 envelope");
        assertThatThrownBy(() -> PideSoap.read("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PideSoap.MalformedMessageException.class);
        PideSoap.Request withoutPdf = PideSoap.read(PideSoap.query("20600283015", "20999999991", "2600000001")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PideSoap.tramite(withoutPdf)).hasMessage("the field bpdfdoc is missing");
    }
}
