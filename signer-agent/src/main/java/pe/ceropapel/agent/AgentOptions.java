package pe.ceropapel.agent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the agent is started with: the protocol's {@code param_url} and token (as Firma Perú's client
 * receives them), and where the signer's key is: a PKCS#11 module and slot (a DNIe through OpenSC, a
 * token, SoftHSM2) or a PKCS#12 file. The PIN is asked for on the console unless given in the
 * environment variable {@value #PIN_VARIABLE}.
 */
record AgentOptions(String paramUrl, String token, Path pkcs12, String pkcs11Library, int pkcs11Slot) {

    static final String PIN_VARIABLE = "SIGNER_AGENT_PIN";
    static final String USAGE = """
            Uso: java -jar signer-agent-exec.jar --param-url=URL --token=TICKET (--pkcs11-library=MODULO [--pkcs11-slot=N] | --pkcs12=ARCHIVO)
              --pkcs11-library  módulo PKCS#11 de su DNIe o token (p. ej. /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so)
              --pkcs12          archivo .p12 o .pfx con su certificado
            El PIN se pide en la consola (o en la variable de entorno SIGNER_AGENT_PIN).""";

    static AgentOptions parse(String... arguments) {
        Map<String, String> values = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (!argument.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("argumento no reconocido: " + argument);
            }
            values.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        String paramUrl = values.get("param-url");
        String token = values.get("token");
        if (paramUrl == null || token == null) {
            throw new IllegalArgumentException("faltan --param-url y --token");
        }
        String pkcs12 = values.get("pkcs12");
        String library = values.get("pkcs11-library");
        if ((pkcs12 == null) == (library == null)) {
            throw new IllegalArgumentException("indique --pkcs11-library o --pkcs12, uno de los dos");
        }
        return new AgentOptions(paramUrl, token, pkcs12 == null ? null : Path.of(pkcs12), library,
                Integer.parseInt(values.getOrDefault("pkcs11-slot", "0")));
    }
}
