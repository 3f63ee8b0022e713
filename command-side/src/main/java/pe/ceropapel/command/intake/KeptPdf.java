package pe.ceropapel.command.intake;

import java.io.Serializable;
import pe.ceropapel.api.document.ContentRef;

/** A PDF checked and stored, as its sender named it; kept (in a page session, say) while its form is corrected. */
public record KeptPdf(String fileName, String objectKey, String sha256, long size, int pages) implements Serializable {

    /** The stored PDF as commands refer to it. */
    public ContentRef ref() {
        return new ContentRef(objectKey, sha256, size, pages);
    }
}
