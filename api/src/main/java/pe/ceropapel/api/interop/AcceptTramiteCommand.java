package pe.ceropapel.api.interop;

/**
 * A clerk of the mesa de partes accepts a received tramite: it is registered as a document in a new
 * case file (whose tracking number is the registration number), and a cargo signed with the entity's
 * seal goes back to the sender.
 */
public record AcceptTramiteCommand(String exchangeId, String clerk) {
}
