package pe.ceropapel.bench;

import java.security.MessageDigest;
import pe.ceropapel.storage.Sha256;

/** SHA-256 of a byte array, for preparing stored content outside the measured path. */
final class Sha {

    private Sha() {
    }

    static String hex(byte[] bytes) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(bytes);
        return Sha256.hex(digest);
    }
}
