package dev.cfnlsp.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.RandomEdits;
import dev.cfnlsp.TestTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A resource re-parsed after an edit gives exactly the model a full parse of the new text gives. */
class ResourceReparserTest {
    private final TemplateParser parser = new TemplateParser();
    private final ResourceReparser reparser = new ResourceReparser(new YamlTemplateParser(ParserLimits.DEFAULT),
            new JsonTemplateParser(ParserLimits.DEFAULT));

    @ParameterizedTest
    @ValueSource(strings = {".*\\.ya?ml$", ".*\\.json$"})
    void reparsedModelEqualsAFullParseAfterRandomEdits(String fileNames) throws IOException {
        Random random = new Random(7);
        RandomEdits edits = new RandomEdits(random);
        List<Path> files = new ArrayList<>(TestTemplates.corpusFiles().stream().filter(f -> f.toString().matches(fileNames)).toList());
        Collections.shuffle(files, random);
        int reparsed = 0;
        int clean = 0;
        for (Path file : files.subList(0, Math.min(80, files.size()))) {
            Template previous = parser.parse(file.toString(), Files.readString(file));
            for (int edit = 0; edit < 30 && previous.isWellFormed(); edit++) {
                String changed = edits.mutate(previous.text());
                Template full = parser.parse(file.toString(), changed);
                previous.referencesTo(""); // indexed, so that the re-parsed version updates the index
                Optional<Template> partial = reparser.reparse(previous, changed);
                if (partial.isPresent()) {
                    reparsed++;
                    assertEquals(full.root(), partial.get().root(), () -> file + "\n" + changed);
                    assertEquals(full.problems(), partial.get().problems());
                    assertEquals(full.references(), partial.get().references());
                    for (String target : targets(full, previous)) {
                        assertEquals(full.referencesTo(target), partial.get().referencesTo(target), () -> target + " in " + file + "\n" + changed);
                    }
                }
                if (full.isWellFormed() && full.problems().isEmpty()) {
                    clean++;
                    previous = full;
                }
            }
        }
        // The rest are edits outside Resources, or across two resources.
        System.out.println(fileNames + ": " + reparsed + " of " + clean);
        assertTrue(reparsed > clean / 3, "most edits inside a resource should be re-parsed alone: " + reparsed + " of " + clean);
    }

    /** Every name either version references. */
    private static Set<String> targets(Template... versions) {
        Set<String> targets = new HashSet<>();
        for (Template version : versions) {
            version.references().forEach(reference -> targets.add(reference.target()));
        }
        return targets;
    }

    @Test
    void resourcesTheEditLeftInPlaceKeepTheirViewAndWhatWasDerivedFromIt() {
        Template previous = parser.parse("t.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::SNS::Topic\n");
        Template edited = reparser.reparse(previous, "Resources:\n  A:\n    Type: AWS::SNS::Topics\n  B:\n    Type: AWS::SNS::Topic\n").orElseThrow();
        Object derived = previous.resource("B").orElseThrow().derived(Object.class, resource -> new Object());
        assertSame(derived, edited.resource("B").orElseThrow().derived(Object.class, resource -> new Object()));
        assertNotSame(previous.resource("A").orElseThrow(), edited.resource("A").orElseThrow());
        assertEquals(Optional.of("AWS::SNS::Topics"), edited.resource("A").orElseThrow().type());
    }

    @Test
    void anEditThatChangesTheLogicalIdOrReachesTheNextResourceNeedsAFullParse() {
        Template previous = parser.parse("t.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::SNS::Topic\n");
        assertTrue(reparser.reparse(previous, "Resources:\n  A:\n    Type: AWS::SNS::Topics\n  B:\n    Type: AWS::SNS::Topic\n").isPresent());
        assertTrue(reparser.reparse(previous, "Resources:\n  AA:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::SNS::Topic\n").isEmpty());
        assertTrue(reparser.reparse(previous, "Resources:\n  A:\n    Type: AWS::SNS::Topic  B:\n    Type: AWS::SNS::Topic\n").isEmpty());
        assertTrue(reparser.reparse(previous, "Resources:\n  A:\n    Type: AWS::SNS::Topic\nB:\n    Type: AWS::SNS::Topic\n").isEmpty());
    }
}
