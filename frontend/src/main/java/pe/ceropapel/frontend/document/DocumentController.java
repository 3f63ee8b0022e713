package pe.ceropapel.frontend.document;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.api.document.SearchResult;
import pe.ceropapel.api.timeline.FindDocumentTimelineQuery;
import pe.ceropapel.api.timeline.TimelineEntry;
import pe.ceropapel.frontend.access.ConfidentialReads;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.VerifiedCopy;
import pe.ceropapel.command.intake.DocumentIntake;

/**
 * REST API for documents: register by upload, read metadata, timeline and content, search. A
 * document the reader may not read answers 404, as one that does not exist.
 */
@RestController
@RequestMapping("/api")
class DocumentController {

    private final DocumentIntake intake;
    private final QueryGateway queryGateway;
    private final ObjectStorage storage;
    private final Readers readers;
    private final ConfidentialReads confidentialReads;

    DocumentController(DocumentIntake intake, QueryGateway queryGateway, ObjectStorage storage,
                       Readers readers, ConfidentialReads confidentialReads) {
        this.confidentialReads = confidentialReads;
        this.intake = intake;
        this.queryGateway = queryGateway;
        this.storage = storage;
        this.readers = readers;
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> register(@RequestPart("metadata") @Valid DocumentMetadata metadata,
                                                 @RequestPart("file") MultipartFile file,
                                                 Principal principal) throws IOException, PdfRejectedException {
        FiledDocument filed = intake.register(metadata.toNewDocument(), principal.getName(), UploadedParts.of(file));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("id", filed.documentId());
        body.put("caseFileId", filed.caseFileId());
        if (filed.trackingCode() != null) {
            body.put("trackingCode", filed.trackingCode());
        }
        return ResponseEntity.created(URI.create("/api/documents/" + filed.documentId())).body(body);
    }

    @GetMapping("/documents/{id}")
    DocumentView find(@PathVariable String id, Principal principal) {
        return confidentialReads.record(findDocument(id, principal), principal, "metadata");
    }

    @GetMapping("/documents/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable String id, Principal principal) {
        List<TimelineEntry> timeline = queryGateway.query(new FindDocumentTimelineQuery(id, readers.of(principal)),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        if (timeline.isEmpty()) {
            throw new NotFoundException("document", id);
        }
        return timeline;
    }

    @GetMapping("/documents/{id}/content")
    ResponseEntity<StreamingResponseBody> content(@PathVariable String id, Principal principal) {
        DocumentView document = confidentialReads.record(findDocument(id, principal), principal, "content");
        String key = document.content().objectKey();
        String sha256 = document.content().sha256();
        InputStream pdf = storage.open(key, sha256);
        StreamingResponseBody body = out -> {
            try (pdf) {
                VerifiedCopy.copy(pdf, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.content().size())
                .eTag("\"" + sha256 + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("Content-Disposition", DocumentFileNames.inline(DocumentFileNames.of(document)))
                .body(body);
    }

    /** Free text and filters; every parameter is optional, and none lists the newest readable documents. */
    @GetMapping("/search")
    SearchResult search(@Valid SearchRequest request, Principal principal) {
        return queryGateway.query(request.toQuery(readers.of(principal)), SearchResult.class).join();
    }

    private DocumentView findDocument(String id, Principal principal) {
        return queryGateway.query(new FindDocumentQuery(id, readers.of(principal)),
                        ResponseTypes.optionalInstanceOf(DocumentView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("document", id));
    }
}
