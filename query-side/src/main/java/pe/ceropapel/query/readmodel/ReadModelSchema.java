package pe.ceropapel.query.readmodel;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The read models' mappings as index templates (installed on every start, so an upgrade brings its
 * mappings with it) and their first generation of indices behind the live aliases.
 */
@Component
public class ReadModelSchema {

    private static final String TEMPLATES = "/elasticsearch/templates/";
    private static final String SPANISH = "ceropapel-spanish";
    private static final List<String> INDEX_TEMPLATES = List.of("documents", "derivations", "timeline", "case-files",
            "exchanges", "public-documents", "tracking");
    private static final Pattern GENERATION = Pattern.compile("-(\\d{6})$");
    private static final String ALREADY_EXISTS = "resource_already_exists_exception";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(ReadModelSchema.class);

    private final ElasticsearchClient client;

    public ReadModelSchema(ElasticsearchClient client) {
        this.client = client;
        try {
            installTemplates();
            createMissingIndices();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the read models' indices", e);
        }
    }

    /** The generation the live aliases point at. */
    public int liveGeneration() throws IOException {
        String index = client.indices().getAlias(a -> a.name(ReadModelIndices.LIVE.documents())).result().keySet()
                .iterator().next();
        Matcher matcher = GENERATION.matcher(index);
        if (!matcher.find()) {
            throw new IllegalStateException("the documents alias points at an unexpected index " + index);
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Creates the (empty) indices of one generation; the templates give them their mappings. */
    public void create(ReadModelIndices indices) throws IOException {
        for (String index : indices.all()) {
            client.indices().create(c -> c.index(index));
        }
    }

    /** Points every live alias at {@code next} and away from {@code previous}, in one atomic step. */
    public void switchAliases(ReadModelIndices previous, ReadModelIndices next) throws IOException {
        List<String> aliases = ReadModelIndices.LIVE.all();
        client.indices().updateAliases(u -> {
            for (int i = 0; i < aliases.size(); i++) {
                String alias = aliases.get(i);
                String from = previous.all().get(i);
                String to = next.all().get(i);
                u.actions(a -> a.remove(r -> r.index(from).alias(alias)));
                u.actions(a -> a.add(add -> add.index(to).alias(alias)));
            }
            return u;
        });
    }

    public void delete(ReadModelIndices indices) throws IOException {
        client.indices().delete(d -> d.index(indices.all()).ignoreUnavailable(true));
    }

    private void installTemplates() throws IOException {
        try (InputStream body = definition(SPANISH)) {
            client.cluster().putComponentTemplate(c -> c.name(SPANISH).withJson(body));
        }
        for (String name : INDEX_TEMPLATES) {
            try (InputStream body = definition(name)) {
                client.indices().putIndexTemplate(t -> t.name("ceropapel-" + name).withJson(body));
            }
        }
    }

    /**
     * Creates each live alias that does not exist yet with an index of the live generation (the first
     * on an empty cluster), and adds fields that a newer version maps to the indices that do exist.
     */
    private void createMissingIndices() throws IOException {
        boolean existing = aliasExists(ReadModelIndices.LIVE.documents());
        ReadModelIndices live = ReadModelIndices.generation(existing ? liveGeneration() : 1);
        List<String> aliases = ReadModelIndices.LIVE.all();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            if (aliasExists(alias)) {
                addNewFields(alias, INDEX_TEMPLATES.get(i));
            } else {
                create(alias, live.all().get(i));
                if (existing) {
                    log.warn("Read model {} is new and empty; rebuild the read models to fill it from the events", alias);
                }
            }
        }
    }

    private boolean aliasExists(String alias) throws IOException {
        return client.indices().existsAlias(a -> a.name(alias)).value();
    }

    private void create(String alias, String index) throws IOException {
        try {
            client.indices().create(c -> c.index(index).aliases(alias, a -> a));
            log.info("Created index {} behind alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!ALREADY_EXISTS.equals(e.error().type())) {
                throw e;
            }
            log.info("Index {} was created by another instance", index);
        }
    }

    private void addNewFields(String alias, String template) throws IOException {
        JsonNode mappings;
        try (InputStream body = definition(template)) {
            mappings = JSON.readTree(body).path("template").path("mappings");
        }
        client.indices().putMapping(m -> m.index(alias).withJson(new StringReader(mappings.toString())));
    }

    private static InputStream definition(String name) {
        return ReadModelSchema.class.getResourceAsStream(TEMPLATES + name + ".json");
    }
}
