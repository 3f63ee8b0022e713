package org.elasticsearch.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.common.settings.Settings;

/**
 * A {@link PluginsService} whose plugins are classes already on the application class path, instead of
 * bundles under {@code plugins/} and {@code modules/}. It lives in this package because the plugin loader
 * and the loaded-plugin record are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Settings settings, Path configDir, Collection<Class<? extends Plugin>> pluginClasses) {
        // an empty loader: nothing is read from disk
        super(settings, configDir, new PluginsLoader(Set.of(), Set.of(), Map.of()));
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin instance = loadPlugin(pluginClass, settings, configDir);
            loaded.add(new LoadedPlugin(descriptorOf(pluginClass), instance, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.plugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return plugins;
    }

    private static PluginDescriptor descriptorOf(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(
                pluginClass.getName(),
                "plugin loaded from the class path",
                "NA",
                Build.current().version(),
                Integer.toString(Runtime.version().feature()),
                pluginClass.getName(),
                null, // no Java module name: the class path is the unnamed module
                List.of(),
                false, // no native controller
                false, // not licensed
                false, // not modular
                false); // a classic plugin, not a stable one
    }
}
