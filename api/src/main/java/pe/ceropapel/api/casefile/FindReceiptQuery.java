package pe.ceropapel.api.casefile;

/**
 * Asks for the receipt (cargo) of a case file by its tracking code and access key; answered with an
 * optional {@link pe.ceropapel.api.document.ContentRef}, empty for an unknown code, a wrong key or no receipt.
 */
public record FindReceiptQuery(String trackingCode, String accessKey) {

    /** The key stays out of logs. */
    @Override
    public String toString() {
        return "FindReceiptQuery[trackingCode=" + trackingCode + ", accessKey=***]";
    }
}
