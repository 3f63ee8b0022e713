package pe.ceropapel.signature.pades;

/**
 * The entity that runs this installation, as its seal certificate and its letterheads name it.
 *
 * @param name its official name, e.g. "Instituto Nacional de Calidad - INACAL"
 * @param ruc  its taxpayer number (RUC), 11 digits
 */
public record EntityIdentity(String name, String ruc) {
}
