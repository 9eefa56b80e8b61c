package dev.cfnlsp.config;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.template.ParseProblem;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads {@code .cfn-lsp.yaml} files: the nearest one above a template wins. A file is re-read only when
 * it changed on disk, and while it does not parse its last well-formed settings stay in force.
 */
public final class ConfigFiles {
    public static final String FILE_NAME = ".cfn-lsp.yaml";

    private record Snapshot(FileTime modified, long size, ConfigFile file) {
    }

    private final SettingsReader reader;
    private final Map<Path, Snapshot> cache = new ConcurrentHashMap<>();

    /** Built when the first config file is read: a language server reads settings before it parses anything. */
    private static final class Parser {
        static final TemplateParser INSTANCE = new TemplateParser();
    }

    public ConfigFiles(SettingsReader reader) {
        this.reader = reader;
    }

    /** The nearest config file in the template's directory or above it, not above {@code stopAt} when given. */
    public Optional<Path> nearest(Path template, Optional<Path> stopAt) {
        Path absolute = template.toAbsolutePath().normalize();
        Optional<Path> stop = stopAt.map(s -> s.toAbsolutePath().normalize());
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (stop.isPresent() && stop.get().equals(dir)) {
                break;
            }
        }
        return Optional.empty();
    }

    public ConfigFile load(Path path) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            Snapshot cached = cache.get(path);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.file();
            }
            ConfigFile file = read(path, Files.readString(path, StandardCharsets.UTF_8), cached);
            cache.put(path, new Snapshot(modified, size, file));
            return file;
        } catch (IOException e) {
            return new ConfigFile(path, Optional.empty(), List.of(new SettingsProblem(
                    SourceRange.of(0, 0, 0, 0), "Cannot read " + path + ": " + e.getMessage())));
        }
    }

    private ConfigFile read(Path path, String text, Snapshot previous) {
        Template parsed = Parser.INSTANCE.parse(path.toString(), text);
        List<SettingsProblem> problems = new ArrayList<>();
        for (ParseProblem problem : parsed.problems()) {
            problems.add(new SettingsProblem(problem.range(), problem.message()));
        }
        if (parsed.root().isEmpty()) {
            Optional<TemplateNode> lastGood = previous == null ? Optional.empty() : previous.file().settings();
            return new ConfigFile(path, lastGood, problems);
        }
        problems.addAll(reader.apply(AnalysisSettings.DEFAULT, parsed.root().get()).problems());
        return new ConfigFile(path, parsed.root(), problems);
    }

    public SettingsReader reader() {
        return reader;
    }
}
