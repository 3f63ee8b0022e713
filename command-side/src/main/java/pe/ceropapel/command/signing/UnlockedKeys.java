package pe.ceropapel.command.signing;

import static pe.ceropapel.command.Rules.requireState;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import pe.ceropapel.signature.pades.SigningKey;

/**
 * Keys unlocked for one signature, each under an unguessable handle that the signing command names
 * instead of the PIN. A key is held only while {@link ServerSigningService} waits for its command, in
 * this instance: the command bus is local, so the command is handled where its key was unlocked.
 */
@Component
class UnlockedKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Held> keys = new ConcurrentHashMap<>();

    private record Held(String signer, SigningKey key) {
    }

    /** Holds {@code key} of {@code signer} until {@link #release}; answers its handle. */
    String hold(String signer, SigningKey key) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        keys.put(handle, new Held(signer, key));
        return handle;
    }

    /** The key held under {@code handle}, only for the signer it was unlocked for. */
    SigningKey of(String handle, String signer) {
        Held held = handle == null ? null : keys.get(handle);
        requireState(held != null && held.signer().equals(signer),
                "the signer's key is not unlocked for this signature; sign again with the PIN");
        return held.key();
    }

    void release(String handle) {
        keys.remove(handle);
    }
}
