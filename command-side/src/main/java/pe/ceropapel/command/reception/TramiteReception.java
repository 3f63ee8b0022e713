package pe.ceropapel.command.reception;

import java.io.IOException;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Receives a tramite from an authenticated partner, whatever the transport: every field and the PDF's
 * signatures are checked, the PDF is stored, and the tramite waits in the mesa de partes. A refusal
 * leaves nothing behind.
 */
public interface TramiteReception {

    /**
     * @throws InvalidMessageException   when a field is missing, garbled or not about us
     * @throws InvalidSignatureException when the PDF is unsigned or was changed after signing
     * @throws PdfRejectedException      when the PDF is not acceptable
     */
    ExchangeAnswer receive(PartnerEntity sender, TramiteMessage message) throws IOException, PdfRejectedException;
}
