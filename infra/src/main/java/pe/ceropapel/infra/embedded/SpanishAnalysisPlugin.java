package pe.ceropapel.infra.embedded;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The token filters our Spanish analyzer needs that live in Elasticsearch's analysis-common module, which
 * is not published to Maven Central. They are registered under the same names and parameters, so one index
 * template works on the embedded node and on a real cluster.
 */
public class SpanishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "asciifolding", AsciiFoldingFactory::new,
                // a bare "stemmer" would mean English (porter) in Elasticsearch: insist on a configured language
                "stemmer", AnalysisPlugin.requiresAnalysisSettings(SpanishStemmerFactory::new));
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        // "asciifolding" used by name, without a definition in the index settings
        return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
    }

    /** {@code asciifolding} with its {@code preserve_original} parameter (default false). */
    private static final class AsciiFoldingFactory extends AbstractTokenFilterFactory
            implements NormalizingTokenFilterFactory {

        private final boolean preserveOriginal;

        AsciiFoldingFactory(IndexSettings index, Environment environment, String name, Settings settings) {
            super(name, settings);
            preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new ASCIIFoldingFilter(input, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
            // a normalizer must emit one token, so never keep the original
            return new ASCIIFoldingFilter(input, false);
        }
    }

    /** {@code stemmer} restricted to {@code language: spanish | light_spanish}. */
    private static final class SpanishStemmerFactory extends AbstractTokenFilterFactory {

        private final boolean light;

        SpanishStemmerFactory(IndexSettings index, Environment environment, String name, Settings settings) {
            super(name, settings);
            // like Elasticsearch, accept the older "name" parameter as well as "language"
            String language = settings.get("language", settings.get("name", ""));
            light = switch (language.toLowerCase(Locale.ROOT)) {
                case "spanish" -> false;
                case "light_spanish" -> true;
                default -> throw new IllegalArgumentException(
                        "the embedded stemmer supports only the languages [spanish, light_spanish], not [" + language + "]");
            };
        }

        @Override
        public TokenStream create(TokenStream input) {
            return light ? new SpanishLightStemFilter(input) : new SnowballFilter(input, new SpanishStemmer());
        }
    }
}
