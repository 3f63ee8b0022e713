package pe.ceropapel.query.readmodel;

import java.util.List;

/**
 * The Elasticsearch indices one set of projections writes to: the live aliases that every query
 * reads, or the concrete indices of one generation that a rebuild fills before the aliases move.
 */
public record ReadModelIndices(String documents, String derivations, String timeline, String caseFiles,
                               String exchanges, String publicDocuments, String tracking) {

    /** The aliases: queries read them, the live projections write through them. */
    public static final ReadModelIndices LIVE = new ReadModelIndices("documents", "derivations", "timeline",
            "case-files", "exchanges", "public-documents", "tracking");

    /** The concrete indices of generation {@code generation}, such as {@code documents-000002}. */
    public static ReadModelIndices generation(int generation) {
        String suffix = "-%06d".formatted(generation);
        return new ReadModelIndices(LIVE.documents + suffix, LIVE.derivations + suffix, LIVE.timeline + suffix,
                LIVE.caseFiles + suffix, LIVE.exchanges + suffix, LIVE.publicDocuments + suffix,
                LIVE.tracking + suffix);
    }

    public List<String> all() {
        return List.of(documents, derivations, timeline, caseFiles, exchanges, publicDocuments, tracking);
    }
}
