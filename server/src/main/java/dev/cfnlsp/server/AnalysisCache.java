package dev.cfnlsp.server;

import dev.cfnlsp.analysis.IncrementalAnalyzer;
import dev.cfnlsp.analysis.TemplateAnalysis;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parses and analyses each document version once; every feature shares the result. Each analysis reuses the
 * previous version's per-resource findings where resources did not change. While the text does not parse, the last
 * well-formed model of the document is kept for navigation and completion.
 */
final class AnalysisCache {
    /** The document object itself, not just its version: a document reopened at the same version has new text. */
    private record Key(OpenDocument document, AnalysisSettings settings) {
    }

    private final Supplier<TemplateParser> parser;
    private final Lazy<IncrementalAnalyzer> analyzer;
    private final Function<String, AnalysisSettings> settings;
    private final ConcurrentMap<String, CachedAnalysis> byUri = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Template> lastWellFormed = new ConcurrentHashMap<>();

    /** {@code engine} is what the next version's analysis may reuse. */
    private record CachedAnalysis(Key key, Analysis analysis, TemplateAnalysis engine) {
    }

    /** @param settings the settings of a document, by URI; resolved again for every analysis so edits to them count */
    AnalysisCache(Supplier<TemplateParser> parser, Supplier<Analyzer> analyzer, Function<String, AnalysisSettings> settings) {
        this.parser = parser;
        this.analyzer = new Lazy<>(() -> new IncrementalAnalyzer(analyzer.get()));
        this.settings = settings;
    }

    Analysis analysisOf(OpenDocument document) {
        Key key = new Key(document, settings.apply(document.uri()));
        CachedAnalysis cached = byUri.get(document.uri());
        if (cached != null && cached.key().equals(key)) {
            return cached.analysis();
        }
        Template template = parser.get().parse(document.uri(), document.text(), Optional.ofNullable(lastWellFormed.get(document.uri())));
        if (template.isWellFormed()) {
            lastWellFormed.put(document.uri(), template);
        }
        Template wellFormed = lastWellFormed.getOrDefault(document.uri(), template);
        TemplateAnalysis engine = analyzer.get().analyze(template, key.settings(), Optional.ofNullable(cached).map(CachedAnalysis::engine));
        Analysis analysis = new Analysis(document.version(), template, wellFormed, engine.findings());
        byUri.put(document.uri(), new CachedAnalysis(key, analysis, engine));
        return analysis;
    }

    void forget(String uri) {
        byUri.remove(uri);
        lastWellFormed.remove(uri);
    }
}
