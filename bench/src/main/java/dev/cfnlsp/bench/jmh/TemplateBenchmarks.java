package dev.cfnlsp.bench.jmh;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.generate.TemplateGenerator;
import dev.cfnlsp.analysis.IncrementalAnalyzer;
import dev.cfnlsp.analysis.TemplateAnalysis;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone, without LSP: parsing a generated template, parsing plus every rule (what opening it costs), and
 * one keystroke in the middle of it, parsed and analysed reusing the previous version (what an edit costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TemplateBenchmarks {
    @Param({"100", "2000", "10000"})
    public int resources;

    @Param({"yaml", "json"})
    public String format;

    private final TemplateParser parser = new TemplateParser();
    private final Analyzer analyzer = Analyzer.builtIn();
    private final IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
    private String uri;
    private String text;
    private String edited;
    private TemplateAnalysis previous;

    @Setup
    public void generate() {
        Format syntax = Format.valueOf(format.toUpperCase(Locale.ROOT));
        uri = "file:///cfn-lsp-bench/template." + syntax.extension();
        text = TemplateGenerator.generate(resources, 1, syntax);
        int middle = text.indexOf("cc-", text.length() / 2) + "cc-".length(); // a cost-centre tag value
        edited = text.substring(0, middle) + "7" + text.substring(middle);
        previous = incremental.analyze(parser.parse(uri, text), AnalysisSettings.DEFAULT);
    }

    @Benchmark
    public Template parse() {
        return parser.parse(uri, text);
    }

    @Benchmark
    public List<Finding> parseAndAnalyze() {
        return analyzer.analyze(parser.parse(uri, text), AnalysisSettings.DEFAULT);
    }

    /** A digit typed, or deleted again, inside a tag value in the middle of the template. */
    @Benchmark
    public List<Finding> keystroke() {
        String next = previous.template().text() == text ? edited : text;
        previous = incremental.analyze(parser.parse(uri, next, Optional.of(previous.template())), AnalysisSettings.DEFAULT,
                Optional.of(previous));
        return previous.findings();
    }
}
