package pe.ceropapel.api.interop;

import java.time.Instant;

/**
 * The receiving entity's answer to a {@link Tramite} (the PIDE model's CargoTramite), besides the
 * bytes of its receipt.
 *
 * @param senderRuc          the RUC of the entity that sent the document
 * @param receiverRuc        the RUC of the entity that received it (and signs this cargo)
 * @param registrationNumber the receiver's registration (its case file correlative), for state R
 * @param registrationYear   the year of that registration
 * @param receiptSha256      the SHA-256 of the receipt PDF signed with the receiver's seal, for state R
 * @param observations       why the document was observed (state O), or a remark
 */
public record Cargo(String cuo, String senderRuc, String receiverRuc, String registrationNumber,
                    Integer registrationYear, Instant registeredAt, String receivingOffice, String receivingUser,
                    String observations, ExchangeState state, String receiptSha256) {
}
