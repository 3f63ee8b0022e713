package pe.ceropapel.command.clientsigning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import pe.ceropapel.command.intake.IncomingFile;

/**
 * Signing with one's own certificate on one's own computer, as Firma Perú's client (or our
 * signer-agent) does it: a person asks for a one-use, short-lived ticket for the documents whose
 * turn is theirs; the documents are prepared exactly as for a signature made here (legend, QR code,
 * number before the final signature); the client downloads them with the ticket, signs and sends
 * them back. Each returned file is accepted only as the prepared revision plus exactly one new
 * signature, made with the person's own trusted certificate, covering the whole file; it is then
 * extended with a time-stamp and validation data up to the document type's level and recorded as
 * the person's signature. Anything else is refused with its reason and changes nothing.
 */
public interface ClientSigning {

    /**
     * A ticket for {@code documentIds} (one, or many for a batch), all in {@code signer}'s turn.
     *
     * @throws IllegalArgumentException or {@link IllegalStateException} when a document is not the signer's to sign now
     */
    ClientSigningTicket issue(String signer, List<String> documentIds);

    /**
     * What the ticket asks the client to sign, for the protocol's parameters.
     *
     * @throws ClientSigningRefusedException for an unknown, expired or used ticket
     */
    ClientSigningRequest request(String ticket);

    /** Writes what to sign: the prepared PDF, or for a batch a 7z archive of the prepared PDFs. */
    void writeDocumentsToSign(String ticket, OutputStream out) throws IOException;

    /**
     * Checks and records what the client sent back: a signed PDF, or for a batch a 7z archive of them
     * (each checked and recorded on its own, one refused file not blocking the others).
     *
     * @throws ClientSigningRefusedException when the ticket or a single document's file is refused
     */
    List<ClientSigningOutcome> receive(String ticket, IncomingFile signed) throws IOException;

    /** Where each document of the ticket stands, for the page that follows it. */
    List<ClientSigningOutcome> status(String ticket);
}
