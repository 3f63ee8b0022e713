package pe.ceropapel.query.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * A case file as the {@code case-files} index holds it: its tracking code, office and documents.
 * Entries written by earlier versions carry more fields (now in the {@code tracking} index).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class CaseFileEntry {

    public String caseFileId;
    public String trackingCode;
    public String officeCode;
    public List<String> documentIds = new ArrayList<>();
}
