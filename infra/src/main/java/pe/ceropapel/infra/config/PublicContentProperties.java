package pe.ceropapel.infra.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.signing.PublicContentRules;
import pe.ceropapel.command.signing.PublicContentRules.Publication;

/**
 * Whose signed PDF anyone may download by its verification code, under {@code ceropapel.public-content.*};
 * drafts, observed drafts and documents not issued are never published, whatever these say.
 *
 * @param rule  {@code NEVER}, {@code UNLESS_CONFIDENTIAL} (default) or {@code ALWAYS}, for every type
 *              that {@code types} does not name
 * @param types rules per document type, e.g. {@code CARGO: NEVER}
 */
@ConfigurationProperties("ceropapel.public-content")
public record PublicContentProperties(@DefaultValue("UNLESS_CONFIDENTIAL") Publication rule,
                                      @DefaultValue Map<DocumentType, Publication> types) {

    PublicContentRules rules() {
        return new PublicContentRules(rule, types);
    }
}
