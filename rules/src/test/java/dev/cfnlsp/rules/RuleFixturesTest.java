package dev.cfnlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.config.SettingsResolver;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule fixture under src/test/resources/fixtures; see {@link RuleFixture} for the format. */
class RuleFixturesTest {
    private static final Analyzer ANALYZER = Analyzer.builtIn();
    private static final TemplateParser PARSER = new TemplateParser();
    private static final SettingsResolver SETTINGS = SettingsResolver.forRegistry(ANALYZER::registry, SchemaBundle::shared, Set.of());

    @TestFactory
    Stream<DynamicContainer> allFixtures() throws IOException, URISyntaxException {
        return fixtures().map(fixture -> DynamicContainer.dynamicContainer(fixture.name(), Stream.of(
                DynamicTest.dynamicTest("bad flags exactly the marked lines", () -> assertMarkedFindings(fixture)),
                DynamicTest.dynamicTest("good has no finding of the rule", () -> assertClean(fixture)),
                DynamicTest.dynamicTest("fixes turn bad into fixed", () -> assertFixes(fixture)))));
    }

    @Test
    void everyRuleHasAFixture() throws IOException, URISyntaxException {
        Set<String> covered = fixtures().map(RuleFixture::ruleId).collect(Collectors.toSet());
        List<String> missing = RuleRegistry.builtIn().descriptors().stream()
                .map(RuleDescriptor::id)
                .filter(id -> !covered.contains(id))
                .toList();
        assertEquals(List.of(), missing, "rules without a fixture directory");
    }

    private static Stream<RuleFixture> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(RuleFixturesTest.class.getResource("/fixtures")).toURI());
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .sorted()
                    .flatMap(dir -> RuleFixture.in(dir).stream())
                    .toList()
                    .stream();
        }
    }

    /**
     * Like error-prone's checker tests, a fixture speaks about its own rule: every marker of the rule matches a
     * finding on that line and nothing else of that rule is reported. (Markers of other rules document findings
     * the file also has; the corpus test guards the rules against noise on real templates.)
     */
    private static void assertMarkedFindings(RuleFixture fixture) {
        String text = RuleFixture.read(fixture.bad());
        List<RuleFixture.Expected> expected = fixture.expectations().stream()
                .filter(e -> e.ruleId().equals(fixture.ruleId()))
                .toList();
        assertTrue(!expected.isEmpty(), fixture.bad() + " must expect at least one " + fixture.ruleId());
        List<RuleFixture.Expected> actual = findingsOfRule(fixture, fixture.bad(), text).stream()
                .map(f -> new RuleFixture.Expected(f.range().start().line(), f.ruleId()))
                .toList();
        assertEquals(render(expected), render(actual), "findings of " + fixture.bad());
    }

    private static void assertClean(RuleFixture fixture) {
        String text = RuleFixture.read(fixture.good());
        List<Finding> findings = findingsOfRule(fixture, fixture.good(), text);
        assertEquals(List.of(), findings.stream().map(RuleFixturesTest::describe).toList(), "findings of " + fixture.good());
    }

    /**
     * Applies the rule's preferred fixes; the result must be fixed, parse, have only the unfixable findings of the
     * rule left, no error-severity finding that bad did not have, and applying the fixes again must change nothing.
     */
    private static void assertFixes(RuleFixture fixture) {
        String bad = RuleFixture.read(fixture.bad());
        List<Finding> before = analyze(fixture.bad(), bad);
        List<TextEdit> edits = preferredEdits(fixture, before);
        if (fixture.fixed().isEmpty()) {
            assertEquals(List.of(), edits, fixture.name() + " offers fixes but has no fixed file");
            return;
        }
        String fixed = TextEdits.apply(bad, edits);
        assertEquals(RuleFixture.read(fixture.fixed().get()), fixed, "text after the fixes");
        assertTrue(PARSER.parse(fixture.fixed().get().toString(), fixed).isWellFormed(), "the fixed text parses");
        List<Finding> after = analyze(fixture.fixed().get(), fixed);
        long unfixable = before.stream().filter(f -> f.ruleId().equals(fixture.ruleId()) && f.fixes().isEmpty()).count();
        List<Finding> remaining = after.stream().filter(f -> f.ruleId().equals(fixture.ruleId())).toList();
        assertEquals(unfixable, remaining.size(), "findings left after the fixes: " + remaining.stream().map(RuleFixturesTest::describe).toList());
        Set<String> errorsBefore = before.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).collect(Collectors.toSet());
        List<String> newErrors = after.stream().filter(f -> f.severity() == Severity.ERROR && !errorsBefore.contains(f.ruleId()))
                .map(RuleFixturesTest::describe).toList();
        assertEquals(List.of(), newErrors, "errors the fixes introduced");
        assertEquals(fixed, TextEdits.apply(fixed, preferredEdits(fixture, after)), "fixing again changes nothing");
    }

    private static List<TextEdit> preferredEdits(RuleFixture fixture, List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals(fixture.ruleId()))
                .flatMap(f -> f.fixes().stream().filter(Fix::preferred).limit(1))
                .flatMap(fix -> fix.edits().stream())
                .toList();
    }

    private static List<Finding> findingsOfRule(RuleFixture fixture, Path file, String text) {
        return analyze(file, text).stream().filter(f -> f.ruleId().equals(fixture.ruleId())).toList();
    }

    private static List<Finding> analyze(Path file, String text) {
        Template template = PARSER.parse(file.toString(), text);
        return ANALYZER.analyze(template, SETTINGS.resolve(Optional.of(file), Optional.of(file.getParent()), Optional.empty()));
    }

    private static String render(List<RuleFixture.Expected> findings) {
        return findings.stream()
                .sorted(Comparator.comparingInt(RuleFixture.Expected::line).thenComparing(RuleFixture.Expected::ruleId))
                .map(e -> (e.line() + 1) + ": " + e.ruleId())
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Finding finding) {
        return (finding.range().start().line() + 1) + ": " + finding.ruleId() + " " + finding.message();
    }
}
