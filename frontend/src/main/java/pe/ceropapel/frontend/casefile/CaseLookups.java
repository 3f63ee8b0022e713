package pe.ceropapel.frontend.casefile;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.FindReceiptQuery;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.timeline.CaseTracking;
import pe.ceropapel.api.timeline.TrackCaseFileQuery;
import pe.ceropapel.frontend.security.TokenBuckets;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * A citizen's lookups by tracking code and access key (the case's view, its receipt), through the
 * API and the pages alike. Each code may fail at most {@code ceropapel.public.failed-lookups-per-tracking-code}
 * times an hour (10), whatever the addresses the attempts come from, so that guessing one case's key
 * is bounded; past it, {@link TooManyLookupsException}. A lookup with the right key does not count.
 */
@Component
public class CaseLookups {

    private static final long MAX_TRACKED_CODES = 100_000;

    private final QueryGateway queries;
    private final TokenBuckets failures;

    CaseLookups(QueryGateway queries, FrontendProperties settings) {
        this.queries = queries;
        this.failures = new TokenBuckets(settings.publicAccess().failedLookupsPerTrackingCode(), Duration.ofHours(1), MAX_TRACKED_CODES);
    }

    public Optional<CaseTracking> track(String trackingCode, String accessKey) {
        return limited(trackingCode, () -> queries.query(new TrackCaseFileQuery(trackingCode, accessKey),
                ResponseTypes.optionalInstanceOf(CaseTracking.class)).join());
    }

    public Optional<ContentRef> receipt(String trackingCode, String accessKey) {
        return limited(trackingCode, () -> queries.query(new FindReceiptQuery(trackingCode, accessKey),
                ResponseTypes.optionalInstanceOf(ContentRef.class)).join());
    }

    /** Takes one of the code's attempts before looking, and gives it back when the lookup finds the case. */
    private <T> Optional<T> limited(String trackingCode, Supplier<Optional<T>> lookup) {
        long wait = failures.take(trackingCode);
        if (wait > 0) {
            throw new TooManyLookupsException(wait);
        }
        Optional<T> found = lookup.get();
        if (found.isPresent()) {
            failures.giveBack(trackingCode);
        }
        return found;
    }
}
