package pe.ceropapel.query.readmodel;

import java.util.List;

/**
 * Creates the projections that fill one set of read-model indices: the live ones (Spring beans of
 * the {@value #PROCESSING_GROUP} processing group), or those of a generation being rebuilt.
 */
@FunctionalInterface
public interface ReadModels {

    /** The tracking processor that keeps every Elasticsearch read model up to date. */
    String PROCESSING_GROUP = "documents";

    List<Object> projectionsInto(ReadModelIndices indices);
}
