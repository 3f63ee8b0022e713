package pe.ceropapel.frontend.signature;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** How a signer's local client is started for a ticket: the protocol's {@code param_url}, and our agent's command. */
public final class LocalClients {

    private LocalClients() {
    }

    /** The protocol's {@code param_url}, at the address the current request came to. */
    public static String parametersUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + ClientSigningController.PARAMETERS;
    }

    /** The signer-agent's command for a token (a DNIe through OpenSC; a .p12 file takes --pkcs12=FILE instead). */
    public static String agentCommand(String parametersUrl, String ticket) {
        return "java -jar signer-agent-exec.jar --param-url=" + parametersUrl + " --token=" + ticket
                + " --pkcs11-library=/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";
    }
}
