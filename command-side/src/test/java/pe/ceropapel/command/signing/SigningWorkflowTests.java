package pe.ceropapel.command.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.AssignNumberCommand;
import pe.ceropapel.api.document.AssignVerificationCodeCommand;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.SignDocumentCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.command.RecordingGateway;
import pe.ceropapel.command.numbering.DocumentNumbers;
import pe.ceropapel.signature.pades.SigningKey;

/** The signing workflow alone: the order of its commands, and the unlocked key it signs with. */
class SigningWorkflowTests {

    private static final ContentRef DRAFT = new ContentRef("sha256/" + "a".repeat(64), "a".repeat(64), 824, 1);
    private static final ContentRef SIGNED = new ContentRef("sha256/" + "b".repeat(64), "b".repeat(64), 9_000, 1);
    private static final DocumentNumber NUMBER = new DocumentNumber("INACAL/DM:INFORME:2026", 124, 2026,
            "INFORME N° 000124-2026-INACAL/DM");

    private final SignedVersions versions = mock(SignedVersions.class);
    private final DocumentNumbers numbers = mock(DocumentNumbers.class);
    private final SigningKey key = mock(SigningKey.class);
    private final UnlockedKeys unlocked = new UnlockedKeys();

    @Test
    void shouldGiveTheFinalSignatureItsCodeThenItsNumberAndRecordTheSignedVersion() throws Exception {
        SignatureTurn turn = turn(SignatureRole.SIGNATURE, true, null, null);
        RecordingGateway commands = answeringTurn(turn);
        when(numbers.take("doc-1", "INACAL/DM", DocumentType.INFORME)).thenReturn(NUMBER);
        when(versions.sign(eq(turn), eq("jperez"), eq(key), eq(NUMBER), anyString())).thenReturn(SIGNED);

        SignatureOutcome outcome = workflow(commands).handle(new SignDocumentCommand("doc-1", "jperez",
                unlocked.hold("jperez", key)));

        assertThat(commands.sentTypes()).containsExactly(PrepareSignatureCommand.class,
                AssignVerificationCodeCommand.class, AssignNumberCommand.class, RecordSignatureCommand.class);
        String code = ((AssignVerificationCodeCommand) commands.sent().get(1)).verificationCode();
        verify(versions).sign(turn, "jperez", key, NUMBER, code);
        assertThat(commands.sent().get(2)).isEqualTo(new AssignNumberCommand("doc-1", NUMBER));
        assertThat(commands.sent().get(3)).isEqualTo(new RecordSignatureCommand("doc-1", "jperez",
                SignatureRole.SIGNATURE, 2, SIGNED));
        assertThat(outcome).isEqualTo(new SignatureOutcome("doc-1", 3, NUMBER));
    }

    @Test
    void shouldNeitherNumberNorCodeAgainAnApprovalOfADocumentThatHasItsCode() throws Exception {
        SignatureTurn turn = turn(SignatureRole.APPROVAL, false, null, "ABCD-1234");
        RecordingGateway commands = answeringTurn(turn);
        when(versions.sign(turn, "mquispe", key, null, "ABCD-1234")).thenReturn(SIGNED);

        SignatureOutcome outcome = workflow(commands).handle(new SignDocumentCommand("doc-1", "mquispe",
                unlocked.hold("mquispe", key)));

        assertThat(commands.sentTypes()).containsExactly(PrepareSignatureCommand.class, RecordSignatureCommand.class);
        verifyNoMoreInteractions(numbers);
        assertThat(outcome.number()).isNull();
    }

    @Test
    void shouldSignNothingWithAKeyUnlockedForSomeoneElseOrNoLongerHeld() {
        RecordingGateway commands = answeringTurn(turn(SignatureRole.SIGNATURE, true, null, null));
        String handle = unlocked.hold("mquispe", key);

        assertThatThrownBy(() -> workflow(commands).handle(new SignDocumentCommand("doc-1", "jperez", handle)))
                .isInstanceOf(IllegalTransitionException.class);
        unlocked.release(handle);
        assertThatThrownBy(() -> workflow(commands).handle(new SignDocumentCommand("doc-1", "mquispe", handle)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> workflow(commands).handle(new SignDocumentCommand("doc-1", "mquispe", null)))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(commands.sent()).isEmpty();
        verifyNoMoreInteractions(numbers);
    }

    private SigningWorkflow workflow(RecordingGateway commands) {
        return new SigningWorkflow(commands.gateway(), numbers, versions, unlocked);
    }

    private static RecordingGateway answeringTurn(SignatureTurn turn) {
        return new RecordingGateway().answering(PrepareSignatureCommand.class, prepare -> turn);
    }

    private static SignatureTurn turn(SignatureRole role, boolean finalSignature, DocumentNumber number, String code) {
        return new SignatureTurn("doc-1", DocumentType.INFORME, "INACAL/DM", role, 2, DRAFT, finalSignature, number,
                2, code);
    }
}
