package pe.ceropapel.frontend.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.SearchHit;
import pe.ceropapel.api.document.SignerStatus;

/**
 * A document's state as what is happening to it, used by the pages as {@code @estados}: a draft
 * whose signature plan is under way is "En firma (2 de 3)", the signature in turn out of all (an observed
 * one is "Observado" until its author sends it back); a request from outside is "Recibido".
 */
@Component("estados")
public class DocumentStates {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final MessageSource messages;

    DocumentStates(MessageSource messages) {
        this.messages = messages;
    }

    public String of(DocumentView document) {
        return describe(document.state(), document.fromOutside(), document.observation() != null,
                document.signers().stream().filter(SignerStatus::signed).count(), document.signers().size());
    }

    public String of(SearchHit hit) {
        return describe(hit.state(), hit.fromOutside(), hit.observed(), hit.signaturesMade(), hit.signaturesPlanned());
    }

    private String describe(DocumentState state, boolean fromOutside, boolean observed, long signed, int planned) {
        if (fromOutside && state == DocumentState.ISSUED) {
            return messages.getMessage("document.state.RECEIVED", null, SPANISH);
        }
        if (state == DocumentState.DRAFT && observed) {
            return messages.getMessage("document.state.OBSERVED", null, SPANISH);
        }
        if (state == DocumentState.DRAFT && planned > 0 && signed < planned) {
            return messages.getMessage("document.state.SIGNING", new Object[] {signed + 1, planned}, SPANISH);
        }
        return messages.getMessage("document.state." + state, null, SPANISH);
    }
}
