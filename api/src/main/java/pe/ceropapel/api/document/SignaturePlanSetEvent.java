package pe.ceropapel.api.document;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A draft's signature plan, in signing order. */
@Revision("1")
public record SignaturePlanSetEvent(String documentId, List<PlannedSigner> signers) {
}
