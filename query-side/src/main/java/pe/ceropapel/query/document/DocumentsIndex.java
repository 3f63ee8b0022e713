package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The {@code documents} read model lives in a versioned index behind an alias, so that a rebuild can
 * fill a new index and switch the alias atomically.
 */
@Component
public class DocumentsIndex {

    static final String ALIAS = "documents";
    private static final String FIRST_INDEX = ALIAS + "-000001";
    private static final String DEFINITION = "/elasticsearch/documents-index.json";
    private static final String ALREADY_EXISTS = "resource_already_exists_exception";
    private static final Logger log = LoggerFactory.getLogger(DocumentsIndex.class);

    private final ElasticsearchClient client;

    public DocumentsIndex(ElasticsearchClient client) {
        this.client = client;
        createUnlessPresent();
    }

    private void createUnlessPresent() {
        try {
            if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                return;
            }
            try (InputStream definition = DocumentsIndex.class.getResourceAsStream(DEFINITION)) {
                client.indices().create(c -> c.index(FIRST_INDEX).withJson(definition).aliases(ALIAS, a -> a));
                log.info("Created index {} with alias {}", FIRST_INDEX, ALIAS);
            } catch (ElasticsearchException e) {
                if (!ALREADY_EXISTS.equals(e.error().type())) {
                    throw e;
                }
                log.info("Index {} was created by another instance", FIRST_INDEX);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the documents index", e);
        }
    }
}
