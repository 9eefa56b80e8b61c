package dev.cfnlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.TestTemplates;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AWS sample templates in ../shared/corpus are all valid CloudFormation: any error-severity validity finding
 * on one of them is a false positive.
 */
class CorpusTest {
    private static final Path CORPUS = TestTemplates.corpus();

    @Test
    void noValidityErrorOnAnyCorpusTemplate() throws IOException {
        Analyzer analyzer = Analyzer.builtIn();
        TemplateParser parser = new TemplateParser();
        List<String> falseErrors = new ArrayList<>();
        int templates = 0;
        for (Path file : TestTemplates.corpusFiles()) {
            Template template = parser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (!template.isCloudFormation()) {
                continue;
            }
            templates++;
            for (Finding finding : analyzer.analyze(template, AnalysisSettings.DEFAULT)) {
                if (finding.category() == Category.VALIDITY && finding.severity() == Severity.ERROR) {
                    falseErrors.add(CORPUS.relativize(file) + ":" + (finding.range().start().line() + 1) + " "
                            + finding.ruleId() + " " + finding.message());
                }
            }
        }
        assertTrue(templates >= 200, "expected the whole corpus, analysed " + templates);
        assertEquals(List.of(), falseErrors);
    }
}
