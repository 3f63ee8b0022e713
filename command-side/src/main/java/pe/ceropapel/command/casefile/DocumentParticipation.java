package pe.ceropapel.command.casefile;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import pe.ceropapel.command.document.Document;

/** {@link CaseFileParticipation} answered by each document from its own events. */
@Component
class DocumentParticipation implements CaseFileParticipation {

    private final Repository<Document> documents;

    DocumentParticipation(@Qualifier("documentRepository") Repository<Document> documents) {
        this.documents = documents;
    }

    @Override
    public boolean involves(String documentId, String username, String officeCode) {
        try {
            return documents.load(documentId).invoke(document -> document.involves(username, officeCode));
        } catch (AggregateNotFoundException e) {
            return false;
        }
    }
}
