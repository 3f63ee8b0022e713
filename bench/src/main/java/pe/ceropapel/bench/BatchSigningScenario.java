package pe.ceropapel.bench;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.command.clientsigning.ClientSigning;
import pe.ceropapel.command.clientsigning.ClientSigningOutcome;
import pe.ceropapel.command.clientsigning.ClientSigningTicket;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.NewDocument;
import pe.ceropapel.signature.batch.PdfArchives;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.signature.pki.DevelopmentPki;

/**
 * Scenario 8: a batch signature made on the signer's computer (Firma Perú's protocol) for many
 * one-page documents: the server's work (preparing and packing them, then receiving the signed 7z,
 * checking each file, time-stamping it and recording it) timed apart from the client's signing, which
 * is the official's computer's work.
 */
final class BatchSigningScenario {

    static final String HEADER = """
            | scenario | documents | prepare (s) | pack 7z (s) | client signing, excluded (s) | receive, check, time-stamp and record (s) | server per document (ms) |
            |---|---:|---:|---:|---:|---:|---:|""";
    private static final char[] PIN = "123456".toCharArray();

    private final ConfigurableApplicationContext app;
    private final int documents;

    BatchSigningScenario(ConfigurableApplicationContext app, int documents) {
        this.app = app;
        this.documents = documents;
    }

    String run() throws Exception {
        // the runner pauses every processor; these two are written in the command's own transaction
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        List.of("client-signing", "verification").forEach(group ->
                processing.eventProcessor(group).ifPresent(EventProcessor::start));
        List<String> ids = register();
        ClientSigning signing = app.getBean(ClientSigning.class);
        Path work = Files.createTempDirectory("ceropapel-bench-batch");

        long started = System.nanoTime();
        ClientSigningTicket ticket = signing.issue("jperez", ids);
        long prepared = System.nanoTime();
        Path archive = work.resolve("por-firmar.7z");
        try (OutputStream out = Files.newOutputStream(archive)) {
            signing.writeDocumentsToSign(ticket.ticket(), out);
        }
        long packed = System.nanoTime();
        Path signed = signAsTheClientWould(archive, work);
        long clientDone = System.nanoTime();
        List<ClientSigningOutcome> outcomes = signing.receive(ticket.ticket(), IncomingFile.of("firmados.7z",
                Files.newInputStream(signed)));
        long recorded = System.nanoTime();

        long signedCount = outcomes.stream().filter(o -> o.state() == ClientSigningOutcome.State.SIGNED).count();
        if (signedCount != documents) {
            throw new IllegalStateException(signedCount + " of " + documents + " signed: " + outcomes);
        }
        double server = (prepared - started) + (packed - prepared) + (recorded - clientDone);
        return String.format(Locale.ROOT, "| 8. batch signature on the signer's computer | %d | %.1f | %.1f | %.1f | %.1f | %.0f |",
                documents, seconds(prepared - started), seconds(packed - prepared), seconds(clientDone - packed),
                seconds(recorded - clientDone), server / 1e6 / documents);
    }

    /** One-page documents by mquispe, each to be signed by jperez, head of INACAL/DM. */
    private List<String> register() throws Exception {
        DocumentIntake intake = app.getBean(DocumentIntake.class);
        CommandGateway commands = app.getBean(CommandGateway.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            String subject = "Certificado de calibración N° " + (i + 1);
            String id = intake.register(new NewDocument(DocumentType.INFORME, subject, "INACAL/DM"), "mquispe",
                    IncomingFile.of(null, new ByteArrayInputStream(TextPdf.render(new BenchText(100 + i).words(150)))))
                    .documentId();
            commands.sendAndWait(new SetSignaturePlanCommand(id, "mquispe",
                    List.of(new PlannedSigner("jperez", SignatureRole.SIGNATURE))));
            ids.add(id);
        }
        return ids;
    }

    /** What the official's client does: signs each PDF at level B with a visible stamp and packs them again. */
    private Path signAsTheClientWould(Path archive, Path work) throws Exception {
        Path keyStore = app.getBean(DevelopmentPki.class).personKeyStore("jperez", "Jorge Pérez Salazar", PIN);
        PadesSigner signer = new PadesSigner(new TrustSettings(List.of(), null, false));
        Map<String, Path> signed = new LinkedHashMap<>();
        try (SigningKey key = SigningKeys.pkcs12(keyStore, PIN)) {
            for (Map.Entry<String, Path> pdf : PdfArchives.unpack(archive, work.resolve("lote")).entrySet()) {
                Path target = work.resolve("firmado-" + signed.size() + ".pdf");
                signer.sign(pdf.getValue(), target, new SignatureAppearance("Jorge Pérez Salazar", null,
                        SignatureRole.SIGNATURE), PadesLevel.B, key);
                signed.put(pdf.getKey(), target);
            }
        }
        return PdfArchives.pack(signed, work.resolve("firmados.7z"));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
