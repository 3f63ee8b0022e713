package pe.ceropapel.frontend.signature;

import pe.ceropapel.command.clientsigning.ClientSigningRefusedException;

/** The message keys of the refusals of signatures made on the signer's computer. */
public final class ClientSigningMessages {

    private ClientSigningMessages() {
    }

    public static String key(ClientSigningRefusedException.Reason reason) {
        return "client-signing.refused." + reason.name().toLowerCase().replace('_', '-');
    }
}
