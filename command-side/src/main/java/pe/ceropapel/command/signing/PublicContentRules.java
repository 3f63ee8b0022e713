package pe.ceropapel.command.signing;

import java.util.Map;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;

/**
 * Whose signed PDF anyone may download by the verification code printed on it. Only issued
 * documents (issued or archived): never a draft, an observed draft, a discarded or an annulled one;
 * of those, what the rule of the document's type allows.
 *
 * @param rule  the rule of every type that {@code types} does not name
 * @param types rules for particular document types, e.g. {@code RESOLUCION: ALWAYS}
 */
public record PublicContentRules(Publication rule, Map<DocumentType, Publication> types) {

    /** What the public may download of an issued document of a type. */
    public enum Publication {
        /** Nothing: the verification page shows the signatures, never the PDF. */
        NEVER,
        /** The PDF of documents that are not confidential. */
        UNLESS_CONFIDENTIAL,
        /** The PDF of every issued document, confidential or not. */
        ALWAYS
    }

    public PublicContentRules {
        types = Map.copyOf(types);
    }

    boolean allow(DocumentType type, boolean confidential, DocumentState state) {
        if (state != DocumentState.ISSUED && state != DocumentState.ARCHIVED) {
            return false;
        }
        return switch (types.getOrDefault(type, rule)) {
            case NEVER -> false;
            case UNLESS_CONFIDENTIAL -> !confidential;
            case ALWAYS -> true;
        };
    }
}
