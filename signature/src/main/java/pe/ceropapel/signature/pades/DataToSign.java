package pe.ceropapel.signature.pades;

/**
 * What a remote signer must sign: the bytes (DER signed attributes), their digest and the algorithms.
 * The signer returns the signature value of {@code data} made with {@code signatureAlgorithm}
 * (equivalently, the raw signature of {@code digest}).
 */
public record DataToSign(byte[] data, byte[] digest, String digestAlgorithm, String signatureAlgorithm) {
}
