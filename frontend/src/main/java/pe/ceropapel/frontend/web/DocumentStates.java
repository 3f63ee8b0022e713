package pe.ceropapel.frontend.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.SignerStatus;

/**
 * A document's state as what is happening to it, used by the pages as {@code @estados}: a draft
 * whose signature plan is under way is "En firma (2 de 3)", the signature in turn out of all (an observed
 * one is a draft again until its author sends it back); a request from outside is "Recibido".
 */
@Component("estados")
public class DocumentStates {

    private static final Locale SPANISH = Locale.forLanguageTag("es-PE");

    private final MessageSource messages;

    DocumentStates(MessageSource messages) {
        this.messages = messages;
    }

    public String of(DocumentView document) {
        long signed = document.signers().stream().filter(SignerStatus::signed).count();
        int planned = document.signers().size();
        if (document.fromOutside() && document.state() == DocumentState.ISSUED) {
            return messages.getMessage("document.state.RECEIVED", null, SPANISH);
        }
        if (document.state() == DocumentState.DRAFT && document.observation() == null && planned > 0 && signed < planned) {
            return messages.getMessage("document.state.SIGNING", new Object[] {signed + 1, planned}, SPANISH);
        }
        return messages.getMessage("document.state." + document.state(), null, SPANISH);
    }
}
