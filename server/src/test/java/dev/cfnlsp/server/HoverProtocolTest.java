package dev.cfnlsp.server;

import static dev.cfnlsp.server.LspSession.TIMEOUT;
import static dev.cfnlsp.server.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

class HoverProtocolTest {
    private static final String YAML_URI = "file:///work/hover.yaml";
    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Stage:
                Type: String
                Default: dev
                AllowedValues: [dev, prod]
            Resources:
              Assets:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${Stage}-${AWS::Region}"
                  BucketEncryption:
                    ServerSideEncryptionConfiguration:
                      - ServerSideEncryptionByDefault:
                          SSEAlgorithm: aws:kms
            Outputs:
              Arn:
                Value: !GetAtt Assets.Arn
            """;
    private static final String JSON_URI = "file:///work/hover.json";
    private static final String JSON = """
            {
              "Resources": {
                "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}
              }
            }
            """;

    private static Hover hover(LspSession session, String uri, String text, int line, String needle) throws Exception {
        Position at = new Position(line, text.lines().toList().get(line).indexOf(needle) + 1);
        return session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String markdown(Hover hover) {
        return hover.getContents().getRight().getValue();
    }

    private static LspSession open() throws Exception {
        LspSession session = LspSession.start();
        session.open(YAML_URI, 1, YAML);
        session.open(JSON_URI, 1, JSON);
        return session;
    }

    @Test
    void resourceTypes() throws Exception {
        try (LspSession session = open()) {
            Hover type = hover(session, YAML_URI, YAML, 8, "AWS::S3::Bucket");
            String text = markdown(type);
            assertTrue(text.startsWith("### AWS::S3::Bucket"), text);
            assertTrue(text.contains("**GetAtt attributes:**") && text.contains("`Arn`"), text);
            assertTrue(text.contains("**Target regions:** available in us-east-1"), text);
            assertEquals(range(8, 10, 8, 25), type.getRange());
            assertTrue(markdown(hover(session, JSON_URI, JSON, 2, "AWS::SQS::Queue")).startsWith("### AWS::SQS::Queue"));
        }
    }

    @Test
    void propertiesTopLevelAndNested() throws Exception {
        try (LspSession session = open()) {
            String bucketName = markdown(hover(session, YAML_URI, YAML, 10, "BucketName"));
            assertTrue(bucketName.startsWith("### BucketName — AWS::S3::Bucket"), bucketName);
            assertTrue(bucketName.contains("**Update:** changing it replaces the resource"), bucketName);
            String algorithm = markdown(hover(session, YAML_URI, YAML, 14, "SSEAlgorithm"));
            assertTrue(algorithm.contains("**Allowed values:**") && algorithm.contains("`aws:kms`"), algorithm);
            assertTrue(algorithm.contains("**Required:** yes"), algorithm);
            String delay = markdown(hover(session, JSON_URI, JSON, 2, "DelaySeconds"));
            assertTrue(delay.contains("**Value:** integer") && delay.contains("maximum 900"), delay);
        }
    }

    @Test
    void intrinsicsPseudoParametersAndReferenceTargets() throws Exception {
        try (LspSession session = open()) {
            assertTrue(markdown(hover(session, YAML_URI, YAML, 10, "!Sub")).startsWith("### Fn::Sub"));
            assertTrue(markdown(hover(session, YAML_URI, YAML, 10, "AWS::Region")).contains("Pseudo parameter"));
            String stage = markdown(hover(session, YAML_URI, YAML, 10, "Stage"));
            assertTrue(stage.startsWith("### Stage (parameter)") && stage.contains("**Default:** dev") && stage.contains("`prod`"), stage);
            String assets = markdown(hover(session, YAML_URI, YAML, 17, "Assets"));
            assertTrue(assets.startsWith("### Assets (resource)") && assets.contains("`AWS::S3::Bucket`"), assets);
            assertTrue(markdown(hover(session, YAML_URI, YAML, 17, "Arn")).startsWith("### AWS::S3::Bucket attribute `Arn`"));
            assertNull(hover(session, YAML_URI, YAML, 0, "2010"));
        }
    }
}
