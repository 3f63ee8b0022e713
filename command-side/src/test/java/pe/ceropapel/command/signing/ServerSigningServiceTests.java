package pe.ceropapel.command.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.directory.RecordSigningPinAttemptCommand;
import pe.ceropapel.api.directory.WrongSigningPinException;
import pe.ceropapel.api.document.SignDocumentCommand;
import pe.ceropapel.api.document.SignatureOutcome;
import pe.ceropapel.command.RecordingGateway;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeyException;

/** Unlocking the signer's key with the PIN, outside any message, for the signing command to use. */
class ServerSigningServiceTests {

    private final SignedVersions versions = mock(SignedVersions.class);
    private final SigningKey key = mock(SigningKey.class);
    private final UnlockedKeys unlocked = new UnlockedKeys();
    private final AtomicReference<SigningKey> signedWith = new AtomicReference<>();

    @Test
    void shouldRecordTheRightPinThenSignWithTheUnlockedKeyNamedByAHandleAndCloseIt() throws Exception {
        RecordingGateway commands = new RecordingGateway().answering(SignDocumentCommand.class, sign -> {
            signedWith.set(unlocked.of(sign.unlockedKey(), sign.signer()));
            return new SignatureOutcome(sign.documentId(), 2, null);
        });
        when(versions.openKey(eq("jperez"), any())).thenReturn(key);

        SignatureOutcome outcome = service(commands).sign("doc-1", "jperez", "123456".toCharArray());

        assertThat(outcome.version()).isEqualTo(2);
        assertThat(signedWith.get()).isSameAs(key);
        assertThat(commands.sent().get(0)).isEqualTo(new RecordSigningPinAttemptCommand("jperez", true));
        SignDocumentCommand sign = (SignDocumentCommand) commands.sent().get(1);
        assertThat(sign.toString()).doesNotContain("123456");
        assertThat(sign.unlockedKey()).hasSizeGreaterThanOrEqualTo(22);
        assertThatThrownBy(() -> unlocked.of(sign.unlockedKey(), "jperez")).as("released once answered")
                .isInstanceOf(IllegalStateException.class);
        verify(key).close();
    }

    @Test
    void shouldRecordAWrongPinAndSendNothingElse() {
        RecordingGateway commands = new RecordingGateway().answering(RecordSigningPinAttemptCommand.class,
                attempt -> true);
        when(versions.openKey(eq("jperez"), any())).thenThrow(
                new SigningKeyException(SigningKeyException.Reason.WRONG_PIN, "wrong PIN", null));

        assertThatThrownBy(() -> service(commands).sign("doc-1", "jperez", "000000".toCharArray()))
                .isInstanceOfSatisfying(WrongSigningPinException.class, e -> assertThat(e.keyLocked()).isTrue());

        assertThat(commands.sent()).containsExactly(new RecordSigningPinAttemptCommand("jperez", false));
    }

    @Test
    void shouldCloseTheKeyAndReleaseItWhenTheSignatureIsRefused() {
        RecordingGateway commands = new RecordingGateway().answering(SignDocumentCommand.class, sign -> {
            signedWith.set(unlocked.of(sign.unlockedKey(), sign.signer()));
            throw new IllegalStateException("not jperez's turn");
        });
        when(versions.openKey(eq("jperez"), any())).thenReturn(key);

        assertThatThrownBy(() -> service(commands).sign("doc-1", "jperez", "123456".toCharArray()))
                .hasMessageContaining("not jperez's turn");

        String handle = ((SignDocumentCommand) commands.sent().get(1)).unlockedKey();
        assertThatThrownBy(() -> unlocked.of(handle, "jperez")).isInstanceOf(IllegalStateException.class);
        verify(key).close();
    }

    private ServerSigningService service(RecordingGateway commands) {
        return new ServerSigningService(commands.gateway(), versions, unlocked);
    }
}
