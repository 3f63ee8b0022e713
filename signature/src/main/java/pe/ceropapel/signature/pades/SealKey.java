package pe.ceropapel.signature.pades;

/** The organization's seal: the key the entity itself signs with (receipts), and whose it is. */
public interface SealKey {

    /** Opens the seal's key; the caller closes it. */
    SigningKey open();

    /** The entity's name, as its seal's visible stamp shows it. */
    String holder();
}
