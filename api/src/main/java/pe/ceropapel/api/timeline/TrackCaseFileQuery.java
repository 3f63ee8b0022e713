package pe.ceropapel.api.timeline;

/**
 * A citizen follows a case file with its tracking code and access key; answered with an optional
 * {@link CaseTracking}, empty when the code is unknown or the key does not match.
 */
public record TrackCaseFileQuery(String trackingCode, String accessKey) {

    /** The key stays out of logs. */
    @Override
    public String toString() {
        return "TrackCaseFileQuery[trackingCode=" + trackingCode + ", accessKey=***]";
    }
}
