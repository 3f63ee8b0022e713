package pe.ceropapel.infra;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.signature.DocumentSigner;
import pe.ceropapel.signature.SignatureRequest;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.StoredObject;

/**
 * Stands in for the PAdES signer in tests: appends an incremental update that names the signer to
 * the current version, and stores the result as a new content version, just as a real signature
 * changes the content.
 */
class StandInSigner implements DocumentSigner {

    private final ObjectStorage storage;
    private final AtomicInteger signatures = new AtomicInteger();

    StandInSigner(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public ContentRef sign(SignatureRequest request) {
        ContentRef content = request.content();
        try (InputStream in = storage.open(content.objectKey(), content.sha256());
             PDDocument document = Loader.loadPDF(in.readAllBytes());
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCustomMetadataValue("StandInSignature" + signatures.incrementAndGet(),
                    request.signer() + " " + request.role()
                            + (request.number() == null ? "" : " " + request.number().text()));
            info.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            byte[] signed = out.toByteArray();
            StoredObject stored = storage.put(new ByteArrayInputStream(signed), signed.length, Sha256.of(signed),
                    "application/pdf");
            return new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), content.pages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
