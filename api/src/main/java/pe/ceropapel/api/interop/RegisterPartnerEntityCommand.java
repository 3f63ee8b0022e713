package pe.ceropapel.api.interop;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers another entity we exchange documents with, or updates its registration (a new endpoint or
 * a renewed seal certificate). Its requests must be signed with the key of {@code sealCertificatePem}.
 */
public record RegisterPartnerEntityCommand(@TargetAggregateIdentifier String ruc, String name, String endpointUrl,
                                           Transport transport, String sealCertificatePem, String actor) {
}
