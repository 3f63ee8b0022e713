package pe.ceropapel.bench;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pki.DevelopmentPki;
import pe.ceropapel.signature.stamp.Legend;
import pe.ceropapel.signature.stamp.PrintedRepresentation;
import pe.ceropapel.signature.stamp.StampBox;
import pe.ceropapel.signature.stamp.StampLayout;

/**
 * Scenario 3: PAdES-B signing of a one-page PDF through our service (checks and stamp placement
 * after reading the page, our key abstraction) against a plain DSS {@code PAdESService} call with the
 * same key and the same visible stamp (box, text, font), both from file to file; for reference also
 * plain DSS without a visible stamp, and our B-T and B-LTA times (time-stamps from the development TSA).
 */
final class SignScenario {

    private static final char[] PIN = "123456".toCharArray();
    private static final int SIGNATURES_PER_ROUND = 40;

    private final ConfigurableApplicationContext app;
    private final int rounds;

    SignScenario(ConfigurableApplicationContext app, int rounds) {
        this.app = app;
        this.rounds = rounds;
    }

    List<Row> run() throws Exception {
        Path work = Files.createTempDirectory("ceropapel-bench-sign");
        Path source = Files.write(work.resolve("source.pdf"), new BenchPdf(20_000).variant(0));
        Path prepared = work.resolve("prepared.pdf");
        PrintedRepresentation.prepare(source, prepared, new Legend("el Instituto Nacional de Calidad",
                "http://localhost:8080/verificar/BENC-HMAR-K000-0001", "BENC-HMAR-K000-0001", null), 1);
        Path keyStore = app.getBean(DevelopmentPki.class).personKeyStore("bench", "Firmante de Prueba", PIN);
        PadesSigner ours = app.getBean(PadesSigner.class);
        SignatureAppearance appearance = new SignatureAppearance("Firmante de Prueba", "Oficina de Prueba",
                SignatureRole.SIGNATURE);
        LoadRunner runner = new LoadRunner(1, SIGNATURES_PER_ROUND, rounds);
        List<Row> rows = new ArrayList<>();
        try (SigningKey key = SigningKeys.pkcs12(keyStore, PIN);
             Pkcs12SignatureToken token = new Pkcs12SignatureToken(keyStore.toFile(), new KeyStore.PasswordProtection(PIN))) {
            DSSPrivateKeyEntry entry = token.getKeys().get(0);
            PAdESService plain = new PAdESService(new CommonCertificateVerifier());
            SignatureImageParameters stamp = sameStamp(prepared);
            LoadRunner.Operation ourSigning = n -> ours.sign(prepared, work.resolve("ours.pdf"), appearance,
                    PadesLevel.B, key);
            LoadRunner.Operation plainSigning = n ->
                    plainDss(plain, token, entry, prepared, work.resolve("plain.pdf"), stamp);
            // both paths share most of DSS and PDFBox: warm them both up before timing either
            runner.run(plainSigning);
            runner.run(ourSigning);
            LoadRunner.Result raw = runner.run(plainSigning);
            HeapPeak.reset();
            LoadRunner.Result ourB = runner.run(ourSigning);
            long heap = HeapPeak.megabytes();
            LoadRunner.Result invisible = runner.run(n ->
                    plainDss(plain, token, entry, prepared, work.resolve("invisible.pdf"), null));
            rows.add(new Row("3. PAdES-B sign, 1 page, visible stamp (vs plain DSS, same stamp)", "signatures/s",
                    ourB.opsPerSecond(), raw.opsPerSecond(), ourB.p99Millis(), heap));
            rows.add(new Row("3. PAdES-B sign, 1 page, visible stamp (vs plain DSS, no stamp)", "signatures/s",
                    ourB.opsPerSecond(), invisible.opsPerSecond(), ourB.p99Millis(), heap));
            for (PadesLevel level : List.of(PadesLevel.T, PadesLevel.LTA)) {
                LoadRunner.Result timed = new LoadRunner(1, SIGNATURES_PER_ROUND / 4, rounds).run(n ->
                        ours.sign(prepared, work.resolve("ours-" + level + ".pdf"), appearance, level, key));
                rows.add(new Row("3. PAdES-" + level.label() + " sign, 1 page (vs plain DSS B, same stamp)", "signatures/s",
                        timed.opsPerSecond(), raw.opsPerSecond(), timed.p99Millis(), HeapPeak.megabytes()));
            }
        }
        return rows;
    }

    /** The stamp our service makes for the first signature: same box, text, font and wrapping. */
    private static SignatureImageParameters sameStamp(Path prepared) throws Exception {
        StampBox box;
        try (PDDocument document = Loader.loadPDF(prepared.toFile())) {
            box = StampLayout.box(document, 0);
        }
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(box.page() + 1);
        field.setOriginX(box.x());
        field.setOriginY(box.yFromTop());
        field.setWidth(box.width());
        field.setHeight(box.height());
        SignatureImageTextParameters text = new SignatureImageTextParameters();
        DSSFileFont font = DSSFileFont.initializeDefault();
        font.setSize(7);
        text.setFont(font);
        text.setText("Firma - Firmado digitalmente por:\nFirmante de Prueba\nOficina de Prueba\n"
                + "Motivo: Soy el autor del documento\nFecha: 25/11/2026 10:00:00 -05:00");
        text.setTextWrapping(TextWrapping.FILL_BOX);
        text.setPadding(3);
        text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
        text.setBackgroundColor(new Color(0xF2, 0xF5, 0xFA));
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        image.setTextParameters(text);
        return image;
    }

    private static void plainDss(PAdESService service, Pkcs12SignatureToken token, DSSPrivateKeyEntry entry,
                                 Path source, Path target, SignatureImageParameters stamp) throws Exception {
        DSSDocument document = new FileDocument(source.toFile());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(entry.getCertificate());
        parameters.setCertificateChain(entry.getCertificateChain());
        if (stamp != null) {
            parameters.setImageParameters(stamp);
        }
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = token.sign(data, DigestAlgorithm.SHA256, entry);
        try (OutputStream out = Files.newOutputStream(target)) {
            service.signDocument(document, parameters, value).writeTo(out);
        }
    }
}
