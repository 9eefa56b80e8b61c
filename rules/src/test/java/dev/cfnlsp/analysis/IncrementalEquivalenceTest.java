package dev.cfnlsp.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * After every step of random edit sequences, the incremental analysis (reusing the previous version's) must equal a
 * from-scratch analysis of the same text. Fixed seed; {@code -Dcfnlsp.equivalence.templates=N} runs more templates.
 */
class IncrementalEquivalenceTest {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9:\\-]+");
    private static final int EDITS_PER_TEMPLATE = 25;

    private final TemplateParser parser = new TemplateParser();
    private final Analyzer analyzer = Analyzer.builtIn();
    private final IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);

    @Test
    void incrementalAnalysisEqualsAFreshOneAfterRandomEdits() throws IOException {
        Random random = new Random(20261124);
        int templates = Integer.getInteger("cfnlsp.equivalence.templates", 60);
        List<Path> files = new ArrayList<>(Stream.concat(TestTemplates.corpusFiles().stream(), TestTemplates.fixtureFiles().stream())
                .filter(this::hasSeveralResources).toList());
        Collections.shuffle(files, random);
        int steps = 0;
        int reusingSteps = 0;
        for (Path file : files.subList(0, Math.min(templates, files.size()))) {
            String text = Files.readString(file);
            String lastClean = text;
            Optional<TemplateAnalysis> previous = Optional.empty();
            for (int edit = 0; edit <= EDITS_PER_TEMPLATE; edit++) {
                Template template = parser.parse(file.toString(), text);
                TemplateAnalysis analysis = incremental.analyze(template, ResourceLocalityTest.EVERYTHING, previous);
                assertEquals(analyzer.analyze(template, ResourceLocalityTest.EVERYTHING), analysis.findings(),
                        () -> file + " after edit " + "\n" + template.text());
                if (analysis.reusedResources() > 0) {
                    reusingSteps++;
                }
                previous = Optional.of(analysis);
                // A broken text is analysed once, then typing "repairs" it: most steps should exercise reuse.
                boolean clean = template.isWellFormed() && template.problems().isEmpty();
                lastClean = clean ? text : lastClean;
                text = mutate(lastClean, random);
                steps++;
            }
        }
        assertTrue(reusingSteps > steps / 2, "most steps should reuse findings: " + reusingSteps + " of " + steps);
    }

    private boolean hasSeveralResources(Path file) {
        try {
            return parser.parse(file.toString(), Files.readString(file)).resources().size() >= 5;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One edit of the kinds typing makes: a word replaced by another of the template, a line deleted, duplicated, or moved. */
    private static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(10)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> lines.add(line, "");
            case 3 -> {
                if (line + 1 < lines.size()) {
                    lines.add(line + 1, lines.remove(line));
                }
            }
            default -> lines.set(line, replaceWord(lines.get(line), words(text), random));
        }
        return String.join("\n", lines);
    }

    private static String replaceWord(String line, List<String> words, Random random) {
        Matcher matcher = WORD.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty() || words.isEmpty()) {
            return line;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + words.get(random.nextInt(words.size())) + line.substring(span[1]);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words.size() < 2_000) {
            words.add(matcher.group());
        }
        return words;
    }
}
