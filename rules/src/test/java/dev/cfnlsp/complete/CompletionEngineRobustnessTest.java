package dev.cfnlsp.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Completion anywhere in odd, broken or half-typed text must not fail; the engine logs every failure it swallows. */
class CompletionEngineRobustnessTest {
    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Env: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${Env}-${AWS::Region}-${Bucket.Arn}"
                  Tags:
                  - Key: a
                    Value: !If [IsProd, !GetAtt Bucket.Arn, !FindInMap [M, k, v]]
                  - {Key: b, Value: "x"}
                  NotificationConfiguration: |
                    text: ${x}
              Queue: {Type: AWS::SQS::Queue, DependsOn: [Bucket], Properties: {QueueName: 'it''s'}}
            Outputs:
              Out:
                Value:
                  Fn::GetAtt: [Bucket, Arn]
            """;
    private static final String JSON = """
            {
              "Resources": {
                "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${AWS::Region}\\"x"}}},
                "Queue": {"Type": "AWS::SQS::Queue", "DependsOn": ["Bucket"], "Condition": "C"}
              },
              "Outputs": {"O": {"Value": {"Fn::GetAtt": ["Bucket", "Arn"]}}}
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json", "yaml-truncated", "json-truncated", "odd"})
    void everyOffset(String variant) {
        List<String> texts = switch (variant) {
            case "yaml" -> List.of(YAML, YAML.replace("\n", "\r\n"));
            case "json" -> List.of(JSON, JSON.replace("  ", "\t"));
            case "yaml-truncated" -> prefixes(YAML);
            case "json-truncated" -> prefixes(JSON);
            default -> List.of("", "\n", "-", "- - -", ":", "!Ref", "{", "[", "\"", "'", "${", "a: 'b", "a: \"b\\",
                    "\t\tResources:\n\t  x: y", "Resources:\n  🚀: {Type: AWS::S3::Bucket}\n  x", "a: [}{]", "? a\n: b");
        };
        String uri = variant.startsWith("json") ? "file:///t.json" : "file:///t.yaml";
        Template model = new TemplateParser().parse(uri, variant.startsWith("json") ? JSON : YAML);
        CompletionEngine engine = new CompletionEngine(SchemaBundle::shared);
        List<LogRecord> failures = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                failures.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(CompletionEngine.class.getName());
        logger.addHandler(recorder);
        try {
            boolean atEndOnly = variant.endsWith("truncated");
            for (String text : texts) {
                LineIndex lines = new LineIndex(text);
                for (int offset = atEndOnly ? text.length() : 0; offset <= text.length(); offset++) {
                    engine.complete(text, lines.positionAt(offset), model, List.of("us-east-1"));
                }
            }
        } finally {
            logger.removeHandler(recorder);
        }
        assertEquals(List.of(), failures.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(r -> r.getMessage() + ": " + r.getThrown()).toList());
    }

    /** The text as it is while being typed: every prefix, each completed at its end. */
    private static List<String> prefixes(String text) {
        List<String> prefixes = new ArrayList<>();
        for (int end = 0; end <= text.length(); end++) {
            prefixes.add(text.substring(0, end));
        }
        return prefixes;
    }
}
