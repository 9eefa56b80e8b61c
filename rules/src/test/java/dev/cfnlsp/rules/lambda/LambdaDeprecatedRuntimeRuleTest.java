package dev.cfnlsp.rules.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.TemplateParser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule's verdict moves with the calendar: python3.9 is deprecated 2025-12-15, create-blocked 2026-06-01, update-blocked 2026-07-01. */
class LambdaDeprecatedRuntimeRuleTest {
    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Worker:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: python3.9
                  Handler: index.handler
                  Role: arn:aws:iam::123456789012:role/worker
                  Code:
                    ZipFile: "def handler(event, context): return event"
            """;

    @Test
    void silentBeforeTheDeprecationDate() {
        assertEquals(List.of(), findingsOn(LocalDate.of(2025, 12, 14)));
    }

    @Test
    void warnsOfTheComingBlocksOnceDeprecated() {
        String message = single(findingsOn(LocalDate.of(2025, 12, 15)));
        assertTrue(message.contains("from 2026-06-01 new functions cannot be created"), message);
        assertTrue(message.contains("from 2026-07-01 existing ones cannot be updated"), message);
        assertTrue(message.endsWith("Move to python3.14."), message);
    }

    @Test
    void saysCreationIsBlocked() {
        String message = single(findingsOn(LocalDate.of(2026, 6, 1)));
        assertTrue(message.contains("since 2026-06-01 new functions cannot be created"), message);
    }

    @Test
    void saysTheNextUpdateFails() {
        String message = single(findingsOn(LocalDate.of(2026, 7, 1)));
        assertTrue(message.contains("since 2026-07-01 Lambda also refuses to update"), message);
    }

    @Test
    void reportsARuntimeFromSamGlobalsOnceAndOnlyWhenAFunctionInheritsIt() {
        String inherited = """
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: python3.9
                Resources:
                  First:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: index.handler
                      InlineCode: "def handler(event, context): return event"
                  Second:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: index.handler
                      InlineCode: "def handler(event, context): return event"
                """;
        assertEquals(List.of(3), analyze(inherited, LocalDate.of(2026, 7, 1)).stream().map(f -> f.range().start().line()).toList());
        String overridden = inherited.replace("      Handler: index.handler", "      Runtime: python3.13\n      Handler: index.handler");
        assertEquals(List.of(), analyze(overridden, LocalDate.of(2026, 7, 1)));
    }

    private static List<Finding> findingsOn(LocalDate day) {
        return analyze(TEMPLATE, day);
    }

    private static List<Finding> analyze(String text, LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        Analyzer analyzer = new Analyzer(new RuleRegistry(List.of(new LambdaDeprecatedRuntimeRule(clock))), SchemaBundle::shared);
        return analyzer.analyze(new TemplateParser().parse("template.yaml", text), AnalysisSettings.DEFAULT);
    }

    private static String single(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(5, findings.get(0).range().start().line());
        return findings.get(0).message();
    }
}
