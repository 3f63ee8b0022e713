package pe.ceropapel.api.document;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A draft's subject and recipients changed. */
@Revision("1")
public record DraftEditedEvent(String documentId, String subject, List<String> recipients) {
}
