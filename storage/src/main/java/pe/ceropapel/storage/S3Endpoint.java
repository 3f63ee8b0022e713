package pe.ceropapel.storage;

/** Where the S3-compatible object store is and which bucket holds our objects. */
public record S3Endpoint(String url, String accessKey, String secretKey, String bucket) {

    @Override
    public String toString() {
        return "S3Endpoint[url=" + url + ", bucket=" + bucket + "]";
    }
}
