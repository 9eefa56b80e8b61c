package dev.cfnlsp.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.RandomEdits;
import dev.cfnlsp.TestTemplates;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * After every step of random edit sequences, the incremental parse and analysis (reusing the previous version's)
 * must equal a from-scratch analysis of the same text. Fixed seed; {@code -Dcfnlsp.equivalence.templates=N} runs more templates.
 */
class IncrementalEquivalenceTest {
    private static final int EDITS_PER_TEMPLATE = 25;

    private final TemplateParser parser = new TemplateParser();
    private final Analyzer analyzer = Analyzer.builtIn();
    private final IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);

    @Test
    void incrementalAnalysisEqualsAFreshOneAfterRandomEdits() throws IOException {
        Random random = new Random(20261124);
        RandomEdits edits = new RandomEdits(random);
        int templates = Integer.getInteger("cfnlsp.equivalence.templates", 60);
        List<Path> files = new ArrayList<>(Stream.concat(TestTemplates.corpusFiles().stream(), TestTemplates.fixtureFiles().stream())
                .filter(this::hasSeveralResources).toList());
        Collections.shuffle(files, random);
        int steps = 0;
        int reusingSteps = 0;
        int keepingSteps = 0;
        for (Path file : files.subList(0, Math.min(templates, files.size()))) {
            String text = Files.readString(file);
            String lastClean = text;
            Optional<TemplateAnalysis> previous = Optional.empty();
            for (int edit = 0; edit <= EDITS_PER_TEMPLATE; edit++) {
                Template template = parser.parse(file.toString(), text, previous.map(TemplateAnalysis::template));
                TemplateAnalysis analysis = incremental.analyze(template, ResourceLocalityTest.EVERYTHING, previous);
                assertEquals(analyzer.analyze(parser.parse(file.toString(), text), ResourceLocalityTest.EVERYTHING), analysis.findings(),
                        () -> file + " after edit " + "\n" + template.text());
                if (analysis.reusedResources() > 0) {
                    reusingSteps++;
                }
                if (analysis.reusedRules() > 0) {
                    keepingSteps++;
                }
                previous = Optional.of(analysis);
                // A broken text is analysed once, then typing "repairs" it: most steps should exercise reuse.
                boolean clean = template.isWellFormed() && template.problems().isEmpty();
                lastClean = clean ? text : lastClean;
                text = edits.mutate(lastClean);
                steps++;
            }
        }
        assertTrue(reusingSteps > steps / 3, "many steps should reuse findings: " + reusingSteps + " of " + steps);
        assertTrue(keepingSteps > steps / 4, "many steps should keep whole-template findings: " + keepingSteps + " of " + steps);
    }

    @Test
    void anEditToAnAnchorReachesTheResourcesThatAliasIt() {
        String before = """
                Resources:
                  First:
                    Type: AWS::KMS::Key
                    Properties: {EnableKeyRotation: &rotate true}
                  Second:
                    Type: AWS::KMS::Key
                    Properties: {EnableKeyRotation: *rotate}
                """;
        String after = before.replace("&rotate true", "&rotate false");
        Optional<TemplateAnalysis> first = Optional.of(incremental.analyze(parser.parse("file:///a.yaml", before), AnalysisSettings.DEFAULT));
        Template edited = parser.parse("file:///a.yaml", after, first.map(TemplateAnalysis::template));
        assertEquals(analyzer.analyze(parser.parse("file:///a.yaml", after), AnalysisSettings.DEFAULT),
                incremental.analyze(edited, AnalysisSettings.DEFAULT, first).findings());
    }

    /** Found by fuzzing (seed 51207): a FindInMap in the earlier, shadowed Resources section went unreported. */
    @Test
    void whatLiesOutsideTheDeclaredResourcesIsAnalysedToo() {
        String shadowed = """
                Parameters:
                  Name: {Type: String}
                Mappings:
                  Sizes: {small: {Type: t3.micro}}
                Resources:
                  Early:
                    Type: AWS::EC2::Instance
                    Properties:
                      InstanceType: !FindInMap [Size, small, Type]
                Resources:
                  Late:
                    Type: AWS::SNS::Topic
                    Properties: {TopicName: !Ref Name}
                """;
        String looped = """
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Topics:
                    - Name
                    - [A, B]
                    - Topic${Name}:
                        Type: AWS::SNS::Topic
                        Properties: {TopicName: !Ref Missing}
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties: {QueueName: !Ref AWS::StackName}
                """;
        for (String text : List.of(shadowed, looped)) {
            Template template = parser.parse("file:///a.yaml", text);
            assertEquals(analyzer.analyze(template, AnalysisSettings.DEFAULT),
                    incremental.analyze(template, AnalysisSettings.DEFAULT).findings(), text);
        }
    }

    private boolean hasSeveralResources(Path file) {
        try {
            return parser.parse(file.toString(), Files.readString(file)).resources().size() >= 5;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
