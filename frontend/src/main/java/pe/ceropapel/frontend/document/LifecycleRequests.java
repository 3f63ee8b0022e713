package pe.ceropapel.frontend.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.frontend.PlainText;

/** Request bodies of the document lifecycle API, validated at the edge. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Draft(@NotBlank @Size(max = 500) @PlainText String subject,
                 @NotNull @Size(max = 100) List<@NotBlank @Size(max = 60) String> recipients) {
    }

    record Signer(@NotBlank @Size(max = 40) String username, @NotNull SignatureRole role) {
    }

    record Plan(@NotEmpty @Size(max = 20) List<@Valid @NotNull Signer> signers) {
    }

    /** The PIN that unlocks the signer's key; omitted when the key needs none. */
    record Sign(@Size(min = 4, max = 64) String pin) {

        @Override
        public String toString() {
            return "Sign[pin=***]";
        }
    }

    /** The signer's certificate chain, signer first, each DER in Base64 (a few kilobytes each). */
    record RemoteStart(@NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 16_384) String> certificateChain) {
    }

    /** The signature value of the data to sign, in Base64. */
    record RemoteValue(@NotBlank @Size(max = 4096) String signatureValue) {
    }

    record Reason(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }
}
