package dev.cfnlsp.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Each edit is applied to real text and compared with the exact expected result, which must parse again. */
class TemplateEditsTest {
    private static final TemplateParser PARSER = new TemplateParser();

    private static String apply(String name, String text, BiFunction<Template, TemplateEdits, TextEdit> edit) {
        Template template = PARSER.parse(name, text);
        String result = TextEdits.apply(text, java.util.List.of(edit.apply(template, TemplateEdits.of(template))));
        assertTrue(PARSER.parse(name, result).isWellFormed(), "result parses:\n" + result);
        return result;
    }

    private static Resource resource(Template template, String name) {
        return template.resource(name).orElseThrow();
    }

    @Test
    void insertsAPropertyInYamlBlockStyleKeepingComments() {
        String input = """
                Resources:
                  # the assets
                  Assets:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: assets  # keep me
                  Next:
                    Type: AWS::SNS::Topic
                """;
        String expected = """
                Resources:
                  # the assets
                  Assets:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: assets  # keep me
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        IgnorePublicAcls: true
                  Next:
                    Type: AWS::SNS::Topic
                """;
        assertEquals(expected, apply("t.yaml", input, (t, e) -> e.insertProperty(resource(t, "Assets"), "PublicAccessBlockConfiguration",
                EditValue.map().put("BlockPublicAcls", EditValue.bool(true)).put("IgnorePublicAcls", EditValue.bool(true)).build())));
    }

    @Test
    void followsFourSpaceIndentationAndCrlf() {
        String input = "Resources:\r\n    Key:\r\n        Type: AWS::KMS::Key\r\n        Properties:\r\n            Enabled: true\r\n";
        String expected = "Resources:\r\n    Key:\r\n        Type: AWS::KMS::Key\r\n        Properties:\r\n            Enabled: true\r\n"
                + "            EnableKeyRotation: true\r\n";
        assertEquals(expected, apply("t.yaml", input, (t, e) -> e.insertProperty(resource(t, "Key"), "EnableKeyRotation", EditValue.bool(true))));
    }

    /** Found by fuzzing (seed 51207): the new key was indented to the key after the anchor, which does not parse. */
    @Test
    void indentsLikeAnEntryWhoseKeyCarriesAnAnchorAndATag() {
        String input = "Resources:\n  C:\n    &z !!str Type: AWS::KMS::Key\n";
        assertEquals("Resources:\n  C:\n    &z !!str Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n",
                apply("t.yaml", input, (t, e) -> e.insertAttribute(resource(t, "C"), "DeletionPolicy", EditValue.text("Retain"))));
    }

    @Test
    void createsPropertiesAndPutsAttributesAfterType() {
        String input = """
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Condition: IsProd
                """;
        String withAttribute = apply("t.yaml", input, (t, e) -> e.insertAttribute(resource(t, "Key"), "DeletionPolicy", EditValue.text("Retain")));
        assertEquals("""
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    DeletionPolicy: Retain
                    Condition: IsProd
                """, withAttribute);
        String withProperty = apply("t.yaml", input, (t, e) -> e.insertProperty(resource(t, "Key"), "EnableKeyRotation", EditValue.bool(true)));
        assertEquals("""
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Condition: IsProd
                    Properties:
                      EnableKeyRotation: true
                """, withProperty);
    }

    @Test
    void writesIntrinsicsInTheDocumentsForm() {
        String shortForms = """
                Resources:
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: !Sub "${AWS::StackName}-alerts"
                """;
        assertEquals(shortForms.replace("-alerts\"\n", "-alerts\"\n      KmsMasterKeyId: !GetAtt Key.Arn\n"),
                apply("t.yaml", shortForms, (t, e) -> e.insertProperty(resource(t, "Topic"), "KmsMasterKeyId", EditValue.getAtt("Key", "Arn"))));
        String longForms = shortForms.replace("!Sub \"${AWS::StackName}-alerts\"", "{\"Fn::Sub\": \"${AWS::StackName}-alerts\"}");
        assertEquals(longForms + "      KmsMasterKeyId:\n        Fn::GetAtt: [Key, Arn]\n",
                apply("t.yaml", longForms, (t, e) -> e.insertProperty(resource(t, "Topic"), "KmsMasterKeyId", EditValue.getAtt("Key", "Arn"))));
    }

    @Test
    void insertsIntoYamlFlowMappingsInline() {
        String input = "Resources:\n  Key: {Type: AWS::KMS::Key, Properties: {Enabled: true}}\n";
        assertEquals("Resources:\n  Key: {Type: AWS::KMS::Key, Properties: {Enabled: true, EnableKeyRotation: true}}\n",
                apply("t.yaml", input, (t, e) -> e.insertProperty(resource(t, "Key"), "EnableKeyRotation", EditValue.bool(true))));
        String empty = "Resources:\n  Key: {Type: AWS::KMS::Key, Properties: {}}\n";
        assertEquals("Resources:\n  Key: {Type: AWS::KMS::Key, Properties: {Tags: [{Key: team, Value: web}]}}\n",
                apply("t.yaml", empty, (t, e) -> e.insertProperty(resource(t, "Key"), "Tags",
                        EditValue.list(EditValue.map().put("Key", "team").put("Value", "web").build()))));
    }

    @Test
    void insertsIntoJsonWithTheFilesIndentation() {
        String input = """
                {
                  "Resources": {
                    "Assets": {
                      "Type": "AWS::S3::Bucket",
                      "Properties": {
                        "BucketName": "assets"
                      }
                    }
                  }
                }
                """;
        String expected = """
                {
                  "Resources": {
                    "Assets": {
                      "Type": "AWS::S3::Bucket",
                      "Properties": {
                        "BucketName": "assets",
                        "BucketEncryption": {
                          "ServerSideEncryptionConfiguration": [
                            {
                              "ServerSideEncryptionByDefault": {
                                "SSEAlgorithm": "aws:kms",
                                "KMSMasterKeyID": {"Fn::GetAtt": ["Key", "Arn"]}
                              },
                              "BucketKeyEnabled": true
                            }
                          ]
                        }
                      }
                    }
                  }
                }
                """;
        EditValue encryption = EditValue.map().put("ServerSideEncryptionConfiguration", EditValue.list(EditValue.map()
                .put("ServerSideEncryptionByDefault", EditValue.map().put("SSEAlgorithm", "aws:kms")
                        .put("KMSMasterKeyID", EditValue.getAtt("Key", "Arn")).build())
                .put("BucketKeyEnabled", EditValue.bool(true)).build())).build();
        assertEquals(expected, apply("t.json", input, (t, e) -> e.insertProperty(resource(t, "Assets"), "BucketEncryption", encryption)));
    }

    @Test
    void jsonWithTabs() {
        String input = "{\n\t\"Resources\": {\n\t\t\"Key\": {\n\t\t\t\"Type\": \"AWS::KMS::Key\"\n\t\t}\n\t}\n}\n";
        String expected = "{\n\t\"Resources\": {\n\t\t\"Key\": {\n\t\t\t\"Type\": \"AWS::KMS::Key\",\n\t\t\t\"DeletionPolicy\": \"Retain\"\n\t\t}\n\t}\n}\n";
        assertEquals(expected, apply("t.json", input, (t, e) -> e.insertAttribute(resource(t, "Key"), "DeletionPolicy", EditValue.text("Retain"))));
    }

    @Test
    void appendsListItemsInBlockFlowAndJsonLists() {
        String block = """
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      ManagedPolicyArns:
                        - arn:aws:iam::aws:policy/ReadOnlyAccess
                      Tags:
                      - Key: team
                        Value: web
                """;
        assertEquals(block.replace("        Value: web\n", "        Value: web\n      - Key: Project\n        Value: shop\n"),
                apply("t.yaml", block, (t, e) -> e.appendItem((SequenceNode) resource(t, "Role").property("Tags").orElseThrow(),
                        EditValue.map().put("Key", "Project").put("Value", "shop").build())));
        assertEquals(block.replace("ReadOnlyAccess\n", "ReadOnlyAccess\n        - !Ref Extra\n"),
                apply("t.yaml", block, (t, e) -> e.appendItem((SequenceNode) resource(t, "Role").property("ManagedPolicyArns").orElseThrow(),
                        EditValue.ref("Extra"))));
        String flow = "Resources:\n  Role: {Type: AWS::IAM::Role, Properties: {ManagedPolicyArns: [a]}}\n";
        assertEquals("Resources:\n  Role: {Type: AWS::IAM::Role, Properties: {ManagedPolicyArns: [a, b]}}\n",
                apply("t.yaml", flow, (t, e) -> e.appendItem((SequenceNode) resource(t, "Role").property("ManagedPolicyArns").orElseThrow(),
                        EditValue.text("b"))));
    }

    @Test
    void addsAResourceAfterAnother() {
        String input = """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function  # the worker
                  Other:
                    Type: AWS::SNS::Topic
                """;
        String expected = """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function  # the worker
                  FnLogGroup:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: !Sub /aws/lambda/${Fn}
                      RetentionInDays: 365
                  Other:
                    Type: AWS::SNS::Topic
                """;
        assertEquals(expected, apply("t.yaml", input, (t, e) -> e.insertResource(resource(t, "Fn"), e.unusedLogicalId("FnLogGroup"),
                EditValue.map().put("Type", "AWS::Logs::LogGroup").put("Properties", EditValue.map()
                        .put("LogGroupName", EditValue.sub("/aws/lambda/${Fn}")).put("RetentionInDays", EditValue.number(365)).build()).build())));
    }

    @Test
    void replacesScalarsKeepingQuotesAndValuesInline() {
        String input = "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: 'false'\n      S3BucketName: logs\n";
        assertEquals(input.replace("'false'", "'true'"), apply("t.yaml", input, (t, e) ->
                e.replaceScalar((dev.cfnlsp.template.ScalarNode) resource(t, "Trail").property("IsLogging").orElseThrow(), "true")));
        assertEquals(input.replace("S3BucketName: logs", "S3BucketName: !Ref Logs"), apply("t.yaml", input, (t, e) ->
                e.replaceValue(resource(t, "Trail").property("S3BucketName").orElseThrow(), EditValue.ref("Logs"))));
    }

    @Test
    void quotesYamlStringsThatWouldNotReadBack() {
        String input = "Resources:\n  P:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n";
        String result = apply("t.yaml", input, (t, e) -> e.insertProperty(resource(t, "P"), "Value", EditValue.text("{{resolve:ssm:/x}}")));
        assertTrue(result.endsWith("      Value: \"{{resolve:ssm:/x}}\"\n"), result);
        MappingNode properties = PARSER.parse("t.yaml", result).resource("P").orElseThrow().properties().orElseThrow();
        assertEquals("{{resolve:ssm:/x}}", properties.text("Value").orElseThrow());
    }

    @Test
    void keepsAnchorsAndQuotesFlowIndicatorsInFlowCollections() {
        String input = "Resources:\n  A:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: &ami ami-123\n  B:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: *ami\n";
        String replaced = apply("t.yaml", input, (t, e) -> e.replaceValue(resource(t, "A").property("ImageId").orElseThrow(), EditValue.ref("Ami")));
        assertEquals(input.replace("&ami ami-123", "&ami !Ref Ami"), replaced);
        String flow = "Resources:\n  P: {Type: AWS::SNS::TopicPolicy, Properties: {Topics: [a]}}\n";
        String appended = apply("t.yaml", flow, (t, e) -> e.appendItem((SequenceNode) resource(t, "P").property("Topics").orElseThrow(),
                EditValue.text("arn:${AWS::Partition}:sns:{x},y")));
        assertEquals(flow.replace("[a]", "[a, \"arn:${AWS::Partition}:sns:{x},y\"]"), appended);
    }
}
