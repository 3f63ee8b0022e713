package pe.ceropapel.command.clientsigning;

/**
 * How the signer's local client is asked to sign.
 *
 * @param certificateFilter the regular expression over certificate names by which the client offers
 *                          certificates ({@code .*FIR.*|.*FAU.*}: a DNIe's signing certificate, or one
 *                          issued to a person for the entity)
 */
public record ClientSigningSettings(String certificateFilter) {
}
