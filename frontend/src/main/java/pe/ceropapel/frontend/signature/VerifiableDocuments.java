package pe.ceropapel.frontend.signature;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.FindPublicContentQuery;
import pe.ceropapel.api.document.FindVerifiableDocumentQuery;
import pe.ceropapel.api.document.VerifiableDocument;

/** Finds a signed document by the verification code printed on it (what its QR code leads to). */
@Component
public class VerifiableDocuments {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    private static final int GROUPS = 4;
    private static final int GROUP = 4;

    private final QueryGateway queries;

    VerifiableDocuments(QueryGateway queries) {
        this.queries = queries;
    }

    /** Empty for a code of the wrong form as for an unknown one: nothing else is revealed. */
    public Optional<VerifiableDocument> byCode(String code) {
        String normalized = normalize(code);
        if (!CODE.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return queries.query(new FindVerifiableDocumentQuery(normalized),
                ResponseTypes.optionalInstanceOf(VerifiableDocument.class)).join();
    }

    /**
     * The document whose signed PDF anyone may download by this code, where the entity's rule
     * publishes it; empty as for an unknown code, so a refusal reveals nothing.
     */
    public Optional<VerifiableDocument> publicContent(String code) {
        String normalized = normalize(code);
        if (!CODE.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return queries.query(new FindPublicContentQuery(normalized),
                ResponseTypes.optionalInstanceOf(VerifiableDocument.class)).join();
    }

    /** Codes are read from paper: case, dashes and stray spaces do not matter. */
    public static String normalize(String code) {
        String characters = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (characters.length() != GROUPS * GROUP) {
            return code.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        }
        StringBuilder grouped = new StringBuilder(characters.substring(0, GROUP));
        for (int start = GROUP; start < characters.length(); start += GROUP) {
            grouped.append('-').append(characters, start, start + GROUP);
        }
        return grouped.toString();
    }
}
