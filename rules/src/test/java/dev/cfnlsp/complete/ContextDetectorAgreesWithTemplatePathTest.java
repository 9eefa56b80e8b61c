package dev.cfnlsp.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.TemplateParser;
import dev.cfnlsp.template.TemplatePath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On text that parses, the path read from the text alone must be the model's path, for every scalar value. */
class ContextDetectorAgreesWithTemplatePathTest {
    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Env: {Type: String, AllowedValues: [dev, prod]}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
            Mappings:
              Regions:
                us-east-1: {Ami: ami-1}
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Condition: IsProd
                Properties:
                  BucketName: !Sub "${AWS::StackName}-${Env}"
                  Tags:
                  - Key: env
                    Value: !If [IsProd, !Ref Env, 'none']
                  - {Key: ami, Value: !FindInMap [Regions, !Ref "AWS::Region", Ami]}
              Queue:
                Type: AWS::SQS::Queue
                DependsOn:
                  - Bucket
                Properties:
                  QueueName:
                    Fn::GetAtt: [Bucket, Arn]
                  DelaySeconds: 5   # seconds
            Outputs:
              Arn:
                Value: !GetAtt Bucket.Arn
            """;

    private static final String JSON = """
            {
              "Parameters": {"Env": {"Type": "String"}},
              "Resources": {
                "Bucket": {
                  "Type": "AWS::S3::Bucket",
                  "Properties": {
                    "BucketName": {"Fn::Sub": "${AWS::StackName}-x"},
                    "Tags": [{"Key": "env", "Value": {"Ref": "Env"}}, {"Key": "n", "Value": 1}]
                  }
                }
              },
              "Outputs": {"Arn": {"Value": {"Fn::GetAtt": ["Bucket", "Arn"]}, "Condition": "IsProd"}}
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"file:///t.yaml", "file:///t.json"})
    void everyScalarValue(String uri) {
        String text = uri.endsWith(".json") ? JSON : YAML;
        Template template = new TemplateParser().parse(uri, text);
        LineIndex lines = new LineIndex(text);
        List<ScalarNode> scalars = new ArrayList<>();
        collectValues(template.root().orElseThrow(), scalars);
        for (ScalarNode scalar : scalars) {
            SourcePosition inside = new SourcePosition(scalar.range().start().line(), scalar.range().start().character() + 1);
            List<Object> expected = TemplatePath.at(template, inside).orElseThrow().segments();
            List<CursorContext> contexts = ContextDetector.detect(text, lines, lines.offsetAt(inside), template.format());
            assertEquals(expected, contexts.isEmpty() ? null : contexts.get(0).path(), () -> "at " + inside + " in " + scalar);
        }
    }

    private static void collectValues(TemplateNode node, List<ScalarNode> scalars) {
        if (node instanceof ScalarNode scalar && !scalar.value().isEmpty()) {
            scalars.add(scalar);
        } else if (node instanceof MappingNode mapping) {
            mapping.entries().stream().map(MappingEntry::value).forEach(value -> collectValues(value, scalars));
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> collectValues(item, scalars));
        } else if (node instanceof IntrinsicNode intrinsic) {
            collectValues(intrinsic.argument(), scalars);
        }
    }
}
