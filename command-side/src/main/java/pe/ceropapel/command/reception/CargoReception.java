package pe.ceropapel.command.reception;

import java.io.IOException;
import pe.ceropapel.api.interop.CargoMessage;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Receives the cargo of a document we sent, from the entity we sent it to: a receipt must be intact and
 * signed with the seal registered for that entity.
 */
public interface CargoReception {

    /**
     * @throws InvalidMessageException   when a field is missing or garbled, or the cargo is not for what we sent
     * @throws InvalidSignatureException when the receipt is not signed with the entity's registered seal
     * @throws PdfRejectedException      when the receipt is not an acceptable PDF
     */
    ExchangeAnswer receive(PartnerEntity receiver, CargoMessage message) throws IOException, PdfRejectedException;
}
