package dev.cfnlsp.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.TestTemplates;
import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds every whole-template rule that declares the resource types it reads ({@code RuleInfo.readsTypes}) to it, over
 * the corpus and every fixture: with every resource of another type gutted (its body replaced by a bare
 * {@code AWS::CloudFormation::WaitConditionHandle}, lines kept), it reports exactly the same outside those resources,
 * and nothing inside them either way.
 */
class ResourceTypeInterestTest {
    private static final String FLOW_STAND_IN = "{\"Type\": \"AWS::CloudFormation::WaitConditionHandle\"}";
    /** Keeps a block body a block, so the document's indentation style stays what it was. */
    private static final String BLOCK_STAND_IN = "Type: AWS::CloudFormation::WaitConditionHandle";

    private final Analyzer analyzer = Analyzer.builtIn();
    private final TemplateParser parser = new TemplateParser();

    @Test
    void rulesReportTheSameWhateverTheResourcesOfOtherTypesSay() {
        List<RuleDescriptor> typed = analyzer.registry().descriptors().stream().filter(rule -> rule.readsTypes().isPresent()).toList();
        assertTrue(typed.size() >= 10, "most whole-template rules declare what they read: " + typed.size());
        List<String> violations = new ArrayList<>();
        for (Path file : Stream.concat(TestTemplates.corpusFiles().stream(), TestTemplates.fixtureFiles().stream()).toList()) {
            Template template = parser.parse(file.toString(), read(file));
            // Reuse is off where an alias repeats a value, and gutting could cut an anchor from its aliases.
            if (template.isCloudFormation() && template.isWellFormed() && !template.isAliased()) {
                typed.forEach(rule -> violations.addAll(violations(file, template, rule)));
            }
        }
        assertEquals(List.of(), violations);
    }

    private List<String> violations(Path file, Template template, RuleDescriptor rule) {
        List<ResourceBlock> blocks = ResourceBlock.of(template);
        // The last block ends the Resources section, where fixes insert sections: its end stays where it is.
        List<ResourceBlock> gutted = blocks.subList(0, Math.max(0, blocks.size() - 1)).stream()
                .filter(block -> template.resource(block.name()).flatMap(Resource::type).filter(rule::readsType).isEmpty())
                .toList();
        if (gutted.isEmpty()) {
            return List.of();
        }
        Template stripped = parser.parse(file.toString(), gut(template, gutted, rule.readsReferences()));
        String where = file.getParent().getFileName() + "/" + file.getFileName() + " " + rule.id() + ": ";
        if (!stripped.isWellFormed()) {
            return List.of(where + "gutting made the template unreadable: " + stripped.problems());
        }
        if (!DocumentStyle.of(stripped).equals(DocumentStyle.of(template))) {
            return List.of(); // fixes are written in another style then, and the analysis reuses nothing across a change of style
        }
        BlockIndex index = new BlockIndex(gutted);
        List<Finding> full = analyzer.run(template, ResourceLocalityTest.EVERYTHING, rule::equals);
        List<Finding> alone = analyzer.run(stripped, ResourceLocalityTest.EVERYTHING, rule::equals);
        List<String> problems = new ArrayList<>();
        Stream.concat(full.stream(), alone.stream()).filter(f -> index.containing(f).isPresent())
                .forEach(f -> problems.add(where + "reports inside a " + template.resource(index.containing(f).get().name())
                        .flatMap(Resource::type).orElse("typeless") + " resource: " + f.message()));
        if (rule.fixesReadEverything()) {
            full = withoutFixes(full);
            alone = withoutFixes(alone);
        }
        if (!ResourceLocalityTest.sorted(full).equals(ResourceLocalityTest.sorted(alone))) {
            problems.add(where + "depends on resources of other types: " + ResourceLocalityTest.sorted(full)
                    + " vs " + ResourceLocalityTest.sorted(alone));
        }
        return problems;
    }

    private static List<Finding> withoutFixes(List<Finding> findings) {
        return findings.stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.category(), f.range(), f.message(), List.of()))
                .toList();
    }

    /**
     * The text with the body of each block replaced by the stand-in, every line break kept; for a rule that reads
     * references the stand-in makes the same ones, in the same order, in its Metadata.
     */
    private static String gut(Template template, List<ResourceBlock> blocks, boolean keepReferences) {
        StringBuilder text = new StringBuilder(template.text());
        for (ResourceBlock block : blocks.stream().sorted(Comparator.comparing(ResourceBlock::startOffset).reversed()).toList()) {
            Resource resource = template.resource(block.name()).orElseThrow();
            SourceRange range = resource.declaration().body().range();
            int start = template.lines().offsetAt(range.start());
            int end = template.lines().offsetAt(range.end());
            String body = text.substring(start, end);
            int firstBreak = body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n');
            int secondBreak = body.indexOf('\n', firstBreak + 1);
            boolean blockStyle = template.format() == TemplateFormat.YAML && !body.startsWith("{")
                    && range.start().line() > resource.key().range().start().line();
            String metadata = keepReferences ? "\"Metadata\": {\"R\": [" + String.join(", ",
                    template.referencesFrom(block.name()).stream().map(ResourceTypeInterestTest::expression).toList()) + "]}" : "";
            String standIn;
            String rest;
            if (metadata.isEmpty()) {
                standIn = blockStyle ? BLOCK_STAND_IN : FLOW_STAND_IN;
                rest = body.substring(firstBreak);
            } else if (blockStyle && secondBreak > 0) {
                standIn = BLOCK_STAND_IN + "\n" + " ".repeat(range.start().character()) + metadata;
                rest = body.substring(secondBreak);
            } else {
                standIn = FLOW_STAND_IN.substring(0, FLOW_STAND_IN.length() - 1) + ", " + metadata + "}";
                rest = body.substring(firstBreak);
            }
            text.replace(start, end, standIn + rest.replaceAll("[^\r\n]", " "));
        }
        return text.toString();
    }

    /** A value that makes the same kind of reference to the same name (DependsOn becomes a Ref: both are dependencies). */
    private static String expression(Reference reference) {
        String target = "\"" + reference.target() + "\"";
        return switch (reference.kind()) {
            case REF, DEPENDS_ON -> "{\"Ref\": " + target + "}";
            case GET_ATT -> "{\"Fn::GetAtt\": [" + target + ", \"" + reference.attribute().orElse("Arn") + "\"]}";
            case SUB -> "{\"Fn::Sub\": \"${" + reference.target() + reference.attribute().map(a -> "." + a).orElse("") + "}\"}";
            case CONDITION -> "{\"Fn::If\": [" + target + ", \"a\", \"b\"]}";
            case FIND_IN_MAP -> "{\"Fn::FindInMap\": [" + target + ", \"a\", \"b\"]}";
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
