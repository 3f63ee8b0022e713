package pe.ceropapel.frontend.casefile;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.timeline.FindCaseFileTimelineQuery;
import pe.ceropapel.api.timeline.TimelineEntry;
import pe.ceropapel.frontend.problem.NotFoundException;

/** Case files (expedientes) as the entity's people follow them. */
@RestController
class CaseFileController {

    private final QueryGateway queries;

    CaseFileController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/case-files/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id) {
        List<TimelineEntry> timeline = queries.query(new FindCaseFileTimelineQuery(id),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        if (timeline.isEmpty()) {
            throw new NotFoundException("case file", id);
        }
        return timeline;
    }
}
