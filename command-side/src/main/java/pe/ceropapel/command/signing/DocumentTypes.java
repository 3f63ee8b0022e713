package pe.ceropapel.command.signing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.DocumentTypeView;
import pe.ceropapel.api.document.FindDocumentTypesQuery;

/** The document types and how each is signed and numbered, as configured. */
@Component
class DocumentTypes {

    /** Requests arrive from outside and receipts are sealed: neither takes a number of an office's series. */
    private static final Set<DocumentType> UNNUMBERED = Set.of(DocumentType.SOLICITUD, DocumentType.CARGO);

    private final SigningSettings settings;

    DocumentTypes(SigningSettings settings) {
        this.settings = settings;
    }

    @QueryHandler
    List<DocumentTypeView> handle(FindDocumentTypesQuery query) {
        return Arrays.stream(DocumentType.values())
                .map(type -> new DocumentTypeView(type, settings.levelFor(type).name(), !UNNUMBERED.contains(type)))
                .toList();
    }
}
