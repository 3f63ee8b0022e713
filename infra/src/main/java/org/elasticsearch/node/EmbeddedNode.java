package org.elasticsearch.node;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch node whose plugins come from the class path. It lives in this package because the node
 * constructor that accepts a {@link NodeServiceProvider} is package-private.
 */
public class EmbeddedNode extends Node {

    static {
        // Elasticsearch's own logging facade has no implementation until this is called
        LogConfigurator.configureESLogging();
    }

    public EmbeddedNode(Settings settings, Path configDir, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), configDir, () -> "embedded"),
                null, // plugins are not loaded from disk, see the service provider below
                classpathPlugins(List.copyOf(plugins)),
                true)); // forbid private index settings, as a real node does
    }

    /**
     * Skipped: it only feeds node and cluster ids to Elasticsearch's log4j layout, which we do not use, and it
     * can be set once per JVM, so a second node in the same JVM (a test restarting the application) logs an error.
     */
    @Override
    protected void configureNodeAndClusterIdStateListener(ClusterService clusterService) {}

    private static NodeServiceProvider classpathPlugins(List<Class<? extends Plugin>> plugins) {
        return new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
                return new ClasspathPluginsService(environment.settings(), environment.configDir(), plugins);
            }
        };
    }
}
