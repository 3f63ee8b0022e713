package pe.ceropapel.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import pe.ceropapel.query.document.ContentTexts;
import pe.ceropapel.query.document.DocumentProjection;
import pe.ceropapel.query.inbox.DerivationProjection;
import pe.ceropapel.query.interop.ExchangeProjection;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;
import pe.ceropapel.query.timeline.CaseFileProjection;
import pe.ceropapel.query.timeline.TimelineProjection;
import pe.ceropapel.query.timeline.TrackingProjection;

/**
 * The projections of the Elasticsearch read models. The live ones are beans that Axon registers in
 * their processing group; a rebuild creates the same projections for a new generation of indices.
 */
@Configuration(proxyBeanMethods = false)
class QuerySideConfiguration {

    @Bean
    ReadModels readModels(ElasticsearchClient client, ContentTexts texts) {
        return indices -> {
            TrackingProjection tracking = new TrackingProjection(client, indices);
            return List.of(new DocumentProjection(client, texts, indices),
                    new DerivationProjection(client, indices),
                    new TimelineProjection(client, indices, tracking),
                    new CaseFileProjection(client, indices),
                    tracking,
                    new ExchangeProjection(client, indices));
        };
    }

    @Bean
    @DependsOn("readModelSchema")
    DocumentProjection documentProjection(ElasticsearchClient client, ContentTexts texts) {
        return new DocumentProjection(client, texts, ReadModelIndices.LIVE);
    }

    @Bean
    @DependsOn("readModelSchema")
    DerivationProjection derivationProjection(ElasticsearchClient client) {
        return new DerivationProjection(client, ReadModelIndices.LIVE);
    }

    @Bean
    @DependsOn("readModelSchema")
    TimelineProjection timelineProjection(ElasticsearchClient client, TrackingProjection trackingProjection) {
        return new TimelineProjection(client, ReadModelIndices.LIVE, trackingProjection);
    }

    @Bean
    @DependsOn("readModelSchema")
    CaseFileProjection caseFileProjection(ElasticsearchClient client) {
        return new CaseFileProjection(client, ReadModelIndices.LIVE);
    }

    @Bean
    @DependsOn("readModelSchema")
    TrackingProjection trackingProjection(ElasticsearchClient client) {
        return new TrackingProjection(client, ReadModelIndices.LIVE);
    }

    @Bean
    @DependsOn("readModelSchema")
    ExchangeProjection exchangeProjection(ElasticsearchClient client) {
        return new ExchangeProjection(client, ReadModelIndices.LIVE);
    }
}
