package pe.ceropapel.frontend.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pe.ceropapel.api.timeline.CaseTracking;
import pe.ceropapel.api.timeline.FindCaseFileTimelineQuery;
import pe.ceropapel.api.timeline.TimelineEntry;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.frontend.problem.NotFoundException;

/**
 * Case files (expedientes): their timeline as the entity's people follow it (steps of the documents
 * they may read), and the public view a citizen reaches with the tracking code and access key.
 */
@RestController
class CaseFileController {

    private final QueryGateway queries;
    private final Readers readers;
    private final Receipts receipts;
    private final CaseLookups lookups;

    CaseFileController(QueryGateway queries, Readers readers, Receipts receipts, CaseLookups lookups) {
        this.queries = queries;
        this.readers = readers;
        this.receipts = receipts;
        this.lookups = lookups;
    }

    /** What a citizen types in: the key travels in the body, never in a URL that logs keep. */
    record TrackingRequest(@NotBlank @Size(max = 20) String trackingCode, @NotBlank @Size(max = 64) String accessKey) {

        @Override
        public String toString() {
            return "TrackingRequest[trackingCode=" + trackingCode + ", accessKey=***]";
        }
    }

    @GetMapping("/api/case-files/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id, Principal principal) {
        List<TimelineEntry> timeline = queries.query(new FindCaseFileTimelineQuery(id, readers.of(principal)),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        if (timeline.isEmpty()) {
            throw new NotFoundException("case file", id);
        }
        return timeline;
    }

    /** The sealed receipt (cargo) of a request filed from outside, for whoever holds its code and key. */
    @PostMapping("/api/public/case-tracking/receipt")
    ResponseEntity<StreamingResponseBody> receipt(@RequestBody @Valid TrackingRequest request) {
        return receipts.download(request.trackingCode().strip(), request.accessKey().strip());
    }

    /** An unknown code and a wrong key get the same answer, so the endpoint reveals no valid code. */
    @PostMapping("/api/public/case-tracking")
    CaseTracking track(@RequestBody @Valid TrackingRequest request) {
        return lookups.track(CaseCodes.trackingCode(request.trackingCode()), CaseCodes.accessKey(request.accessKey()))
                .orElseThrow(() -> new NotFoundException("case file", request.trackingCode()));
    }
}
