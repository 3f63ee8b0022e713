package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pe.ceropapel.query.readmodel.ReadModelIndices;

/**
 * How a citizen sees the documents of a case file: by official number when one is assigned and
 * the document is not confidential, else by type alone.
 */
final class PublicDocumentLabels {

    private PublicDocumentLabels() {
    }

    static Map<String, String> of(ElasticsearchClient client, List<String> documentIds) throws IOException {
        Map<String, String> labels = new HashMap<>();
        var documents = client.mget(m -> m.index(ReadModelIndices.LIVE.documents()).ids(documentIds)
                .sourceIncludes("type", "number", "confidential"), Map.class);
        for (var item : documents.docs()) {
            if (item.isResult() && item.result().found()) {
                Map<?, ?> source = item.result().source();
                boolean open = !Boolean.TRUE.equals(source.get("confidential")) && source.get("number") != null;
                labels.put(item.result().id(), (String) (open ? source.get("number") : source.get("type")));
            }
        }
        return labels;
    }
}
