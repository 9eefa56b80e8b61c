package dev.cfnlsp.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressions written for cfn-lsp or for the tools teams migrate from. */
class SuppressionsTest {
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            %s
            Resources:
              Assets:
                Type: AWS::S3::Bucket
            %s
                Properties:
                  BucketNme: assets
              Other:
                Type: AWS::S3::Bucket
                Properties:
                  BucketNme: other
            """;

    private static List<String> findings(String topMetadata, String resourceMetadata) {
        String text = TEMPLATE.formatted(topMetadata, resourceMetadata);
        return Analyzer.builtIn().analyze(new TemplateParser().parse("t.yaml", text), AnalysisSettings.DEFAULT).stream()
                .filter(f -> f.ruleId().equals("property-unknown"))
                .map(f -> text.lines().toList().get(f.range().start().line()).trim())
                .toList();
    }

    @Test
    void cfnLspIgnoreOnAResourceSilencesOnlyThatResource() {
        assertEquals(List.of("BucketNme: other"),
                findings("", "    Metadata:\n      cfn-lsp:\n        ignore: [property-unknown]"));
    }

    @Test
    void templateWideMetadataSilencesEverywhere() {
        assertEquals(List.of(), findings("Metadata:\n  cfn-lsp:\n    ignore: property-unknown", ""));
    }

    @Test
    void equivalentIdsOfOtherToolsCount() {
        assertEquals(List.of("BucketNme: other"),
                findings("", "    Metadata:\n      cfn-lint:\n        config:\n          ignore_checks: [E3002]"));
        assertEquals(List.of("BucketNme: assets", "BucketNme: other"),
                findings("", "    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: W43\n            reason: not this rule"));
    }
}
