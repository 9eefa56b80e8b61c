package dev.cfnlsp.config;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.TemplateNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The settings for one template: defaults, then the nearest {@code .cfn-lsp.yaml}, then the editor's or CLI's. */
public final class SettingsResolver {
    private final ConfigFiles configFiles;

    public SettingsResolver(ConfigFiles configFiles) {
        this.configFiles = configFiles;
    }

    /**
     * A resolver that validates regions against the bundle and rule ids against the registry; both are asked for only
     * when a setting names a region or a rule.
     */
    public static SettingsResolver forRegistry(Supplier<RuleRegistry> registry, Supplier<SchemaBundle> schema, Set<String> otherKeys) {
        return new SettingsResolver(new ConfigFiles(new SettingsReader(() -> schema.get().regions(), () -> registry.get().ids(), otherKeys)));
    }

    public ConfigFiles configFiles() {
        return configFiles;
    }

    /**
     * @param template the template's file, when it has one
     * @param stopAt   the directory above which no config file is looked for (the workspace root)
     * @param overrides settings that win over the file (the editor's), in the same shape
     */
    public AnalysisSettings resolve(Optional<Path> template, Optional<Path> stopAt, Optional<TemplateNode> overrides) {
        AnalysisSettings settings = AnalysisSettings.DEFAULT;
        Optional<TemplateNode> fromFile = template.flatMap(t -> configFiles.nearest(t, stopAt))
                .map(configFiles::load)
                .flatMap(ConfigFile::settings);
        if (fromFile.isPresent()) {
            settings = configFiles.reader().apply(settings, fromFile.get()).settings();
        }
        if (overrides.isPresent()) {
            settings = configFiles.reader().apply(settings, overrides.get()).settings();
        }
        return settings;
    }
}
