package pe.ceropapel.frontend.signature;

/**
 * The entity's access to Firma Perú's platform (from the PCM's credentials file).
 *
 * @param clientId     the entity's {@code client_id}; empty when the entity does not use Firma Perú
 * @param clientSecret its {@code client_secret}
 * @param tokenUrl     the platform's token service
 * @param scriptUrl    the script that starts Firma Perú's local client from the page
 */
public record FirmaPeruSettings(String clientId, String clientSecret, String tokenUrl, String scriptUrl) {
}
