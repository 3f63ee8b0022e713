package pe.ceropapel.command.clientsigning;

/**
 * Where one document of a ticket stands.
 *
 * @param refusal why the last file returned for it was refused, else null
 * @param detail  the refusal's particulars (what was found), else null
 */
public record ClientSigningOutcome(String documentId, State state, ClientSigningRefusedException.Reason refusal,
                                   String detail) {

    public enum State { WAITING, SIGNED, REFUSED }
}
