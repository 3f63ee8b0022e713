package pe.ceropapel.infra.embedded;

import java.nio.file.Path;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.infra.config.CeroPapelProperties;

/** The embedded profile's Elasticsearch node, with its data under {@code ceropapel.data-dir}. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEnginesCondition.class)
class EmbeddedSearchConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedElasticsearch embeddedElasticsearch(CeroPapelProperties properties) throws Exception {
        Path home = EmbeddedEnginesConfiguration.dir(properties, "elasticsearch");
        return EmbeddedElasticsearch.start(home, home.resolve("data"), properties.embedded().elasticsearchPort());
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(EmbeddedElasticsearch elasticsearch) {
        return RestClient.builder(HttpHost.create(elasticsearch.httpUri().toString())).build();
    }
}
