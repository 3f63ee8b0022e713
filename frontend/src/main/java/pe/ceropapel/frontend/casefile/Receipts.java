package pe.ceropapel.frontend.casefile;

import java.io.InputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.VerifiedCopy;

/** Hands out the sealed receipt (cargo) of a case file to whoever holds its tracking code and access key. */
@Component
public class Receipts {

    private final CaseLookups lookups;
    private final ObjectStorage storage;

    Receipts(CaseLookups lookups, ObjectStorage storage) {
        this.lookups = lookups;
        this.storage = storage;
    }

    /**
     * @throws NotFoundException        for an unknown code, a wrong key or a case file with no receipt alike
     * @throws TooManyLookupsException  when the code failed too often lately
     */
    public ResponseEntity<StreamingResponseBody> download(String trackingCode, String accessKey) {
        ContentRef receipt = lookups.receipt(CaseCodes.trackingCode(trackingCode), CaseCodes.accessKey(accessKey))
                .orElseThrow(() -> new NotFoundException("receipt", trackingCode));
        return pdf(receipt, "cargo-" + trackingCode.replaceAll("[^0-9A-Za-z-]", "") + ".pdf");
    }

    /** A stored PDF as a download, its digest verified while it streams. */
    public ResponseEntity<StreamingResponseBody> pdf(ContentRef content, String fileName) {
        InputStream pdf = storage.open(content.objectKey(), content.sha256());
        StreamingResponseBody body = out -> {
            try (pdf) {
                VerifiedCopy.copy(pdf, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(content.size())
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
