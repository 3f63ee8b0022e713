package pe.ceropapel.command.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.signing.PublicContentRules.Publication;

class PublicContentRulesTests {

    private final PublicContentRules rules = new PublicContentRules(Publication.UNLESS_CONFIDENTIAL,
            Map.of(DocumentType.CARGO, Publication.NEVER, DocumentType.RESOLUCION, Publication.ALWAYS));

    @Test
    void shouldPublishOnlyIssuedOrArchivedDocumentsWhateverTheirTypesRule() {
        for (DocumentState state : DocumentState.values()) {
            boolean issued = state == DocumentState.ISSUED || state == DocumentState.ARCHIVED;
            assertThat(rules.allow(DocumentType.INFORME, false, state)).as(state.name()).isEqualTo(issued);
            assertThat(rules.allow(DocumentType.RESOLUCION, true, state)).as(state.name()).isEqualTo(issued);
        }
        assertThat(rules.allow(DocumentType.INFORME, false, null)).isFalse();
    }

    @Test
    void shouldKeepConfidentialDocumentsFromThePublicUnlessTheirTypeSaysAlwaysAndNeverPublishANeverType() {
        assertThat(rules.allow(DocumentType.INFORME, true, DocumentState.ISSUED)).isFalse();
        assertThat(rules.allow(DocumentType.RESOLUCION, true, DocumentState.ISSUED)).isTrue();
        assertThat(rules.allow(DocumentType.CARGO, false, DocumentState.ISSUED)).isFalse();
    }
}
