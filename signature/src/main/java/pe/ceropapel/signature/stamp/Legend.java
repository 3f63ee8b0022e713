package pe.ceropapel.signature.stamp;

/**
 * What the printed-representation legend says on every page.
 *
 * @param entityName       the entity that keeps the electronic original
 * @param verificationUrl  where anyone can check the document (also encoded in the QR code)
 * @param verificationCode the document's verification code (clave)
 * @param number           the document's number for the header, or null when it has none yet
 */
public record Legend(String entityName, String verificationUrl, String verificationCode, String number) {
}
