package pe.ceropapel.api.audit;

import org.axonframework.serialization.Revision;

/**
 * A person read a confidential document.
 *
 * @param what {@code metadata}, {@code content} or {@code timeline}
 */
@Revision("1")
public record ConfidentialDocumentReadEvent(String documentId, String reader, String what) {
}
