package dev.cfnlsp.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.TestTemplates;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Profile;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every rule marked {@code perResource} to its contract, over the corpus and every fixture: run on one resource
 * alone ({@link Template#focusedOn}) it reports exactly what it reports for that resource in a full run, nothing in
 * any other resource, and the same outside all resources.
 */
class ResourceLocalityTest {
    /** Every rule on, two regions: the most any rule looks at. */
    static final AnalysisSettings EVERYTHING = new AnalysisSettings(List.of("us-east-1", "eu-central-1"), Map.of(),
            Profile.PRODUCTION, Optional.empty(), AnalysisSettings.DEFAULT_MIN_PASSWORD_LENGTH);
    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.range().start())
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    private final Analyzer analyzer = Analyzer.builtIn();
    private final TemplateParser parser = new TemplateParser();

    @Test
    void perResourceRulesReportTheSameForAResourceAlone() {
        List<RuleDescriptor> local = analyzer.registry().descriptors().stream().filter(RuleDescriptor::perResource).toList();
        List<String> violations = new ArrayList<>();
        for (Path file : Stream.concat(TestTemplates.corpusFiles().stream(), TestTemplates.fixtureFiles().stream()).toList()) {
            Template template = parser.parse(file.toString(), read(file));
            if (template.isCloudFormation() && template.isWellFormed()) {
                local.forEach(rule -> violations.addAll(violations(file, template, rule)));
            }
        }
        assertEquals(List.of(), violations);
    }

    static List<String> violations(Path file, Template template, RuleDescriptor rule) {
        Analyzer analyzer = Analyzer.builtIn();
        List<ResourceBlock> blocks = ResourceBlock.of(template);
        BlockIndex index = new BlockIndex(blocks);
        List<Finding> full = analyzer.run(template, EVERYTHING, d -> d == rule || d.id().equals(rule.id()));
        List<String> problems = new ArrayList<>();
        for (ResourceBlock block : blocks) {
            List<Finding> alone = analyzer.run(template.focusedOn(Set.of(block.name())), EVERYTHING, d -> d.id().equals(rule.id()));
            String where = file.getFileName() + " " + rule.id() + " " + block.name() + ": ";
            alone.stream().filter(f -> index.containing(f).filter(b -> !b.name().equals(block.name())).isPresent())
                    .forEach(f -> problems.add(where + "reports inside another resource: " + f.message()));
            if (!sorted(in(block, alone, index)).equals(sorted(in(block, full, index)))) {
                problems.add(where + "reports differently alone: " + sorted(in(block, alone, index)) + " vs " + sorted(in(block, full, index)));
            }
            if (!sorted(outside(alone, index)).equals(sorted(outside(full, index)))) {
                problems.add(where + "reports differently outside the resources");
            }
        }
        return problems;
    }

    private static List<Finding> in(ResourceBlock block, List<Finding> findings, BlockIndex index) {
        return findings.stream().filter(f -> index.containing(f).filter(block::equals).isPresent()).toList();
    }

    private static List<Finding> outside(List<Finding> findings, BlockIndex index) {
        return findings.stream().filter(f -> index.containing(f).isEmpty()).toList();
    }

    static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
