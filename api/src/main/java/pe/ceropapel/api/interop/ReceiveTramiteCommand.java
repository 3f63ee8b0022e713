package pe.ceropapel.api.interop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.document.ContentRef;

/**
 * Records a tramite another entity delivered, its PDF stored and its signatures checked, as pending
 * in {@code receivingOffice} (the mesa de partes). The exchange id comes from
 * {@link ExchangeIds#incoming}: a second delivery of the same CUO with the same content is answered
 * with the exchange's state and changes nothing; with other content it is refused. Answered with the
 * {@link ExchangeState}.
 */
public record ReceiveTramiteCommand(@TargetAggregateIdentifier String exchangeId, Tramite tramite, ContentRef content,
                                    String receivingOffice, SignatureCheck signatures) {
}
