package pe.ceropapel.api.interop;

import java.util.List;

/**
 * What the receiver found checking a received PDF's signatures: how many, by whom, and whether all of
 * them chain to a trusted root (all are intact, or the PDF would have been refused).
 */
public record SignatureCheck(int signatures, List<String> signers, boolean allTrusted) {

    public SignatureCheck {
        signers = signers == null ? List.of() : List.copyOf(signers);
    }
}
