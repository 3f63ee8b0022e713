package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.StoredObject;
import pe.ceropapel.command.serversigning.ServerSigning;

/**
 * Two application instances share one PostgreSQL; 200 final signatures race for numbers of the same
 * series, half through each instance. Every document gets a distinct number and the series has no gap.
 */
class NumberingConcurrencyIntegrationTests extends EmbeddedApplicationTestBase {

    private static final int DOCUMENTS = 200;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ServerSigning signing;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private OtherInstances instances;

    @Test
    void shouldHandOutDistinctGapFreeNumbersAcrossTwoInstances() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM");
        ContentRef content = storedPdf();
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new RegisterDocumentCommand(id, DocumentType.CARTA, "Carta " + i, "INACAL/DM",
                    "mquispe", content));
            commands.sendAndWait(new SetSignaturePlanCommand(id, "mquispe",
                    List.of(new PlannedSigner("jperez", SignatureRole.SIGNATURE))));
            documents.add(id);
        }

        List<Long> correlatives = new ArrayList<>();
        try (ConfigurableApplicationContext second = instances.start()) {
            ServerSigning[] instancesSigning = {signing, second.getBean(ServerSigning.class)};
            ExecutorService clients = Executors.newFixedThreadPool(16);
            try {
                List<Future<SignatureOutcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < DOCUMENTS; i++) {
                    ServerSigning instance = instancesSigning[i % 2];
                    String id = documents.get(i);
                    outcomes.add(clients.submit(() -> instance.sign(id, "jperez", PIN.toCharArray())));
                }
                for (Future<SignatureOutcome> outcome : outcomes) {
                    correlatives.add(outcome.get().number().correlative());
                }
            } finally {
                clients.shutdownNow();
            }
        }

        assertThat(correlatives).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, DOCUMENTS).boxed().toList());
    }

    private ContentRef storedPdf() {
        byte[] pdf = TestPdfs.withPages("Carta de respuesta a la solicitud de calibración");
        StoredObject stored = storage.put(new ByteArrayInputStream(pdf), pdf.length, Sha256.of(pdf), "application/pdf");
        return new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1);
    }
}
