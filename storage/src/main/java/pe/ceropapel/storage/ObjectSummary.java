package pe.ceropapel.storage;

import java.time.Instant;

/** An object as a listing of the store shows it: its key, size and when it was last written. */
public record ObjectSummary(String objectKey, long size, Instant lastModified) {
}
