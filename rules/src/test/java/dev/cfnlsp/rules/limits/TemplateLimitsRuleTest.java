package dev.cfnlsp.rules.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The size quota counts UTF-8 bytes, as CloudFormation does, not characters. */
class TemplateLimitsRuleTest {
    private static final int QUOTA = 1_048_576;

    @Test
    void reportsATemplateOverTheQuotaInBytes() {
        String text = withDescription("é".repeat(550_000));
        assertEquals(List.of("The template is " + text.getBytes(StandardCharsets.UTF_8).length + " bytes; CloudFormation accepts"
                + " at most 1048576 bytes (1 MB, uploaded through S3). Split it into nested stacks."), sizeFindings(text));
    }

    @Test
    void reportsATemplateOverTheQuotaInCharacters() {
        String text = withDescription("a".repeat(QUOTA));
        assertEquals(List.of("The template has " + text.length() + " characters, more than the 1048576 bytes (1 MB, uploaded"
                + " through S3) CloudFormation accepts. Split it into nested stacks."), sizeFindings(text));
    }

    @Test
    void acceptsATemplateUnderTheQuota() {
        assertEquals(List.of(), sizeFindings(withDescription("é".repeat(500_000))));
    }

    private static String withDescription(String description) {
        return "Description: " + description + "\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
    }

    private static List<String> sizeFindings(String text) {
        return Analyzer.builtIn().analyze(new TemplateParser().parse("file:///big.yaml", text), AnalysisSettings.DEFAULT).stream()
                .filter(f -> f.ruleId().equals("template-limit"))
                .map(Finding::message)
                .toList();
    }
}
