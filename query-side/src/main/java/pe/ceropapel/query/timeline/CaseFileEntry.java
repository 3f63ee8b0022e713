package pe.ceropapel.query.timeline;

import java.util.ArrayList;
import java.util.List;
import pe.ceropapel.api.document.ContentRef;

/** A case file as the {@code case-files} index holds it: how to find it and which documents it holds. */
final class CaseFileEntry {

    public String caseFileId;
    public String trackingCode;
    public String accessKeySha256;
    public String subject;
    public String origin;
    public String officeCode;
    public String openedAt;
    public List<String> documentIds = new ArrayList<>();
    /** The sealed receipt (cargo) of a case file filed from outside. */
    public ContentRef receipt;
}
