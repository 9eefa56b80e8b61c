package dev.cfnlsp.server;

import static dev.cfnlsp.server.LspSession.TIMEOUT;
import static dev.cfnlsp.server.LspSession.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.complete.CompletionCap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionProtocolTest {
    /** Marks the cursor in a test document. */
    private static final String CURSOR = "<|>";
    /** Where a test puts the value it completes in {@link #YAML_REFERENCES} and {@link #JSON_REFERENCES}. */
    private static final String VALUE = "<VALUE>";
    private static final List<String> PSEUDO_PARAMETERS = List.of("AWS::AccountId", "AWS::NoValue", "AWS::NotificationARNs",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final List<String> S3_ACCESS_CONTROL = List.of("AuthenticatedRead", "AwsExecRead", "BucketOwnerFullControl",
            "BucketOwnerRead", "LogDeliveryWrite", "Private", "PublicRead", "PublicReadWrite");

    private static final String YAML_REFERENCES = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Env:
                Type: String
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Equals [!Ref Env, dev]
            Mappings:
              RegionMap:
                us-east-1: {Ami: ami-1, Size: small}
                eu-west-1: {Ami: ami-2}
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: <VALUE>
            """;

    private static final String JSON_REFERENCES = """
            {
              "Parameters": {"Env": {"Type": "String"}},
              "Conditions": {
                "IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
                "IsDev": {"Fn::Equals": [{"Ref": "Env"}, "dev"]}
              },
              "Mappings": {"RegionMap": {"us-east-1": {"Ami": "ami-1", "Size": "small"}, "eu-west-1": {"Ami": "ami-2"}}},
              "Resources": {
                "Bucket": {"Type": "AWS::S3::Bucket"},
                "Queue": {
                  "Type": "AWS::SQS::Queue",
                  "Properties": {
                    "QueueName": <VALUE>
                  }
                }
              }
            }
            """;

    private final AtomicInteger documents = new AtomicInteger();
    private LspSession session;

    @BeforeEach
    void start() throws Exception {
        session = LspSession.start();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void declaresTheTriggerCharacters() {
        assertEquals(CompletionProvider.TRIGGER_CHARACTERS,
                session.initializeResult.getCapabilities().getCompletionProvider().getTriggerCharacters());
    }

    @Test
    void missingTopLevelSectionsInYaml() throws Exception {
        List<CompletionItem> items = completeYaml("""
                AWSTemplateFormatVersion: "2010-09-09"
                <|>
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                """);
        assertEquals(List.of("Description", "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Outputs"),
                labels(items));
        assertEquals("Parameters:\n  $0", newText(item(items, "Parameters")));
        assertEquals("Description: $0", newText(item(items, "Description")));
        assertEquals(InsertTextFormat.Snippet, item(items, "Parameters").getInsertTextFormat());
        assertEquals(range(1, 0, 1, 0), edit(item(items, "Parameters")).getRange());

        List<CompletionItem> fresh = completeYaml("AWS" + CURSOR);
        assertEquals("AWSTemplateFormatVersion: \"2010-09-09\"", newText(fresh.get(0)));
        assertEquals(range(0, 0, 0, 3), edit(fresh.get(0)).getRange());
    }

    @Test
    void missingTopLevelSectionsInJson() throws Exception {
        List<CompletionItem> items = completeJson("""
                {
                  "Resources": {"Bucket": {"Type": "AWS::S3::Bucket"}},
                  "<|>"
                }""");
        assertEquals(List.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings",
                "Conditions", "Transform", "Outputs"), labels(items));
        assertEquals("\"Outputs\": {\n    $0\n  }", newText(item(items, "Outputs")));
        assertEquals("\"AWSTemplateFormatVersion\": \"2010-09-09\"", newText(item(items, "AWSTemplateFormatVersion")));
        assertEquals(range(2, 2, 2, 4), edit(item(items, "Outputs")).getRange(), "replaces the quotes the editor typed");
        assertEquals("\"Outputs", item(items, "Outputs").getFilterText(), "matches what was typed from the quote on");
    }

    @Test
    void resourceTypesInYamlRankSegmentMatchesFirst() throws Exception {
        List<CompletionItem> items = completeYaml("""
                Resources:
                  Assets:
                    Type: s3buc<|>
                """);
        assertEquals("AWS::S3::Bucket", items.get(0).getLabel());
        assertEquals("AWS::S3::BucketPolicy", items.get(1).getLabel());
        assertEquals("AWS::S3::Bucket", newText(items.get(0)));
        assertEquals(range(2, 10, 2, 15), edit(items.get(0)).getRange());

        List<CompletionItem> prefixed = completeYaml("Resources:\n  Assets:\n    Type: AWS::SQS::Q" + CURSOR + "\n");
        assertEquals(List.of("AWS::SQS::Queue", "AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy"), labels(prefixed),
                "shorter names first among equal matches");

        List<CompletionItem> afterColon = completeYaml("Resources:\n  Assets:\n    Type:" + CURSOR + "\n");
        assertEquals(CompletionCap.MAX_ITEMS, afterColon.size(), "as many types as a list holds; the rest once something is typed");
        assertEquals(" " + afterColon.get(0).getLabel(), newText(afterColon.get(0)), "a space after the colon");
    }

    @Test
    void resourceTypesAreLimitedToTheTargetRegion() throws Exception {
        List<CompletionItem> items = completeYaml("Resources:\n  Farm:\n    Type: AWS::DeviceFarm::" + CURSOR + "\n");
        assertFalse(labels(items).contains("AWS::DeviceFarm::Project"), "only in us-west-2, not in us-east-1");
    }

    @Test
    void resourceTypesInJson() throws Exception {
        List<CompletionItem> quoted = completeJson("{\"Resources\": {\"Assets\": {\"Type\": \"s3buc" + CURSOR + "\"}}}");
        assertEquals("AWS::S3::Bucket", quoted.get(0).getLabel());
        assertEquals("AWS::S3::Bucket", newText(quoted.get(0)), "inside the quotes");
        List<CompletionItem> unquoted = completeJson("{\"Resources\": {\"Assets\": {\"Type\": " + CURSOR + "}}}");
        assertEquals("\"" + unquoted.get(0).getLabel() + "\"", newText(unquoted.get(0)));
    }

    @Test
    void propertyNamesInYamlRequiredFirstWithTheirLayout() throws Exception {
        List<CompletionItem> items = completeYaml("""
                Resources:
                  Function:
                    Type: AWS::Lambda::Function
                    Properties:
                      Runtime: python3.12
                      <|>
                """);
        assertEquals(List.of("Code", "Role", "Architectures"), labels(items).subList(0, 3));
        assertEquals("Required", items.get(0).getDetail());
        assertFalse(labels(items).contains("Runtime"), "already present");
        assertFalse(labels(items).contains("Arn"), "read-only");
        assertEquals("Code:\n        $0", newText(item(items, "Code")));
        assertEquals("Role: $0", newText(item(items, "Role")));
        assertEquals("Architectures:\n        - $0", newText(item(items, "Architectures")));
        assertEquals(range(5, 6, 5, 6), edit(item(items, "Code")).getRange());
    }

    @Test
    void propertyNamesOfNestedDefinitionsAndListItems() throws Exception {
        String bucket = """
                Resources:
                  Assets:
                    Type: AWS::S3::Bucket
                    Properties:
                """;
        List<CompletionItem> nested = completeYaml(bucket + "      VersioningConfiguration:\n        St" + CURSOR + "\n");
        assertEquals(List.of("Status"), labels(nested));
        assertEquals(range(5, 8, 5, 10), edit(nested.get(0)).getRange());

        List<CompletionItem> firstKey = completeYaml(bucket + "      Tags:\n        - " + CURSOR + "\n");
        assertEquals(List.of("Key", "Value"), labels(firstKey));
        assertEquals("Key: $0", newText(firstKey.get(0)));

        List<CompletionItem> secondKey = completeYaml(bucket + "      Tags:\n        - Key: team\n          " + CURSOR + "\n");
        assertEquals(List.of("Value"), labels(secondKey));

        List<CompletionItem> flow = completeYaml("""
                Resources:
                  Assets: {Type: AWS::S3::Bucket, Properties: {BucketName: x, Versioning<|>}}
                """);
        assertEquals("VersioningConfiguration: {$0}", newText(item(flow, "VersioningConfiguration")));
        assertFalse(labels(flow).contains("BucketName"));
    }

    @Test
    void propertyNamesInJson() throws Exception {
        String base = """
                {
                  "Resources": {
                    "Function": {
                      "Type": "AWS::Lambda::Function",
                      "Properties": {
                        "Runtime": "python3.12"
                      }
                    }
                  }
                }""";
        List<CompletionItem> items = completeJson(base, """
                {
                  "Resources": {
                    "Function": {
                      "Type": "AWS::Lambda::Function",
                      "Properties": {
                        "Runtime": "python3.12",
                        "<|>"
                      }
                    }
                  }
                }""");
        assertEquals(List.of("Code", "Role"), labels(items).subList(0, 2));
        assertFalse(labels(items).contains("Runtime"));
        assertEquals("\"Code\": {\n          $0\n        }", newText(item(items, "Code")));
        assertEquals("\"Role\": $0", newText(item(items, "Role")));
        assertEquals("\"Architectures\": [\n          $0\n        ]", newText(item(items, "Architectures")));
        assertEquals(range(6, 8, 6, 10), edit(item(items, "Code")).getRange());
    }

    @Test
    void propertyNamesOfAResourceTypedSinceTheLastVersionThatParsed() throws Exception {
        String base = "Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n";
        List<CompletionItem> items = completeYaml(base, base + """
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      Fifo<|>
                  Topic:
                    Properties: {TopicName: x
                """);
        assertEquals(List.of("FifoQueue", "FifoThroughputLimit"), labels(items).stream().filter(l -> l.startsWith("Fifo")).toList());
    }

    @Test
    void enumAndBooleanValuesInYaml() throws Exception {
        String bucket = "Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n";
        assertEquals(S3_ACCESS_CONTROL, labels(completeYaml(bucket + "      AccessControl: " + CURSOR + "\n")));
        assertEquals(List.of("true", "false"), labels(completeYaml(bucket + "      ObjectLockEnabled: " + CURSOR + "\n")));
        assertEquals(List.of("Enabled", "Suspended"),
                labels(completeYaml(bucket + "      VersioningConfiguration:\n        Status: " + CURSOR + "\n")));
    }

    @Test
    void enumAndBooleanValuesInJson() throws Exception {
        String bucket = "{\"Resources\": {\"Assets\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {";
        List<CompletionItem> access = completeJson(bucket + "\"AccessControl\": \"Pr" + CURSOR + "\"}}}}");
        assertEquals(S3_ACCESS_CONTROL, labels(access));
        assertEquals("Private", newText(item(access, "Private")));
        List<CompletionItem> lock = completeJson(bucket + "\"ObjectLockEnabled\": " + CURSOR + "}}}}");
        assertEquals(List.of("true", "false"), labels(lock));
        assertEquals("true", newText(lock.get(0)), "a JSON boolean, not a string");
    }

    @Test
    void refTargetsInYamlShortAndLongForm() throws Exception {
        List<String> expected = refTargetsSeenFromQueue();
        List<CompletionItem> shortForm = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Ref " + CURSOR));
        assertEquals(expected, labels(shortForm));
        assertEquals("Parameter (String)", item(shortForm, "Env").getDetail());
        assertEquals("AWS::S3::Bucket", item(shortForm, "Bucket").getDetail());
        assertEquals(expected, labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "\n        Ref: B" + CURSOR))));
        assertEquals(expected, labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "{Ref: " + CURSOR + "}"))));
    }

    @Test
    void refTargetsInJson() throws Exception {
        List<CompletionItem> items = completeJson(JSON_REFERENCES.replace(VALUE, "\"x\""),
                JSON_REFERENCES.replace(VALUE, "{\"Ref\": \"" + CURSOR));
        assertEquals(refTargetsSeenFromQueue(), labels(items));
        assertEquals("Env", newText(item(items, "Env")));
    }

    @Test
    void aLongListIsCutToWhatMatchesTheTypedTextAndMarkedIncomplete() throws Exception {
        StringBuilder resources = new StringBuilder("Resources:\n");
        for (int i = 0; i < 1_500; i++) {
            resources.append("  Queue").append(i).append(":\n    Type: AWS::SQS::Queue\n");
        }
        String prefix = "      TopicName: !Ref ";
        resources.append("  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n").append(prefix);
        int line = 1 + 2 * 1_500 + 3;
        String uri = nextUri("yaml");
        session.open(uri, 1, resources + "x\n");

        CompletionList everything = completionList(uri, line, prefix.length());
        assertTrue(everything.isIncomplete());
        assertEquals(CompletionCap.MAX_ITEMS, everything.getItems().size());

        session.replaceAll(uri, 2, resources + "Queue149\n");
        CompletionList typed = completionList(uri, line, (prefix + "Queue149").length());
        assertTrue(typed.isIncomplete());
        List<String> labels = labels(typed.getItems());
        assertEquals(List.of("Queue149", "Queue1490", "Queue1491", "Queue1492", "Queue1493", "Queue1494", "Queue1495",
                "Queue1496", "Queue1497", "Queue1498", "Queue1499"), labels.subList(0, 11));
        assertTrue(labels.contains("Queue1409"), "the typed characters in order, after the prefix matches");
        assertFalse(labels.contains("Queue148") || labels.contains("Topic"));
    }

    @Test
    void functionTagsWhereAYamlValueStartsWithABang() throws Exception {
        List<CompletionItem> items = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Ge" + CURSOR));
        CompletionItem getAtt = item(items, "!GetAtt");
        assertEquals("Fn::GetAtt", getAtt.getDetail());
        assertEquals("!GetAtt", newText(getAtt));
        assertEquals(range(17, 17, 17, 20), edit(getAtt).getRange());
        assertFalse(labels(items).contains("!Contains"), "a function of the Rules section only");

        List<String> inList = labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "\n        - !" + CURSOR)));
        assertTrue(inList.containsAll(List.of("!Ref", "!Sub", "!If", "!Join", "!Select", "!FindInMap")), inList.toString());
        List<String> inFlow = labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Join [\"-\", [!Re" + CURSOR)));
        assertTrue(inFlow.contains("!Ref"), inFlow.toString());
    }

    @Test
    void functionKeysInAnEmptyJsonObjectThatIsAValue() throws Exception {
        List<CompletionItem> items = completeJson(JSON_REFERENCES.replace(VALUE, "\"x\""),
                JSON_REFERENCES.replace(VALUE, "{\"" + CURSOR + "\"}"));
        assertEquals("\"Ref\": \"$0\"", newText(item(items, "Ref")));
        assertEquals("\"Fn::GetAtt\": [$0]", newText(item(items, "Fn::GetAtt")));
        assertFalse(labels(items).contains("Condition"));
        assertTrue(labels(completeJson(JSON_REFERENCES.replace(VALUE, "\"x\""),
                JSON_REFERENCES.replace(VALUE, "{\"Ref\": \"Env\", \"" + CURSOR + "\"}"))).isEmpty(), "a function call takes one key");
    }

    @Test
    void getAttInYaml() throws Exception {
        List<CompletionItem> names = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!GetAtt " + CURSOR));
        assertEquals(List.of("Bucket"), labels(names));
        List<CompletionItem> attributes = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!GetAtt Bucket." + CURSOR));
        assertEquals(List.of("Arn", "DomainName", "DualStackDomainName"), labels(attributes).subList(0, 3));
        assertEquals("Arn", newText(attributes.get(0)));
        assertEquals(range(17, 32, 17, 32), edit(attributes.get(0)).getRange(), "just after the dot");
        List<CompletionItem> listForm = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!GetAtt [Bucket, " + CURSOR + "]"));
        assertEquals(labels(attributes), labels(listForm));
    }

    @Test
    void getAttInJson() throws Exception {
        String base = JSON_REFERENCES.replace(VALUE, "\"x\"");
        assertEquals(List.of("Bucket"), labels(completeJson(base, JSON_REFERENCES.replace(VALUE, "{\"Fn::GetAtt\": [\"" + CURSOR))));
        List<CompletionItem> attributes = completeJson(base,
                JSON_REFERENCES.replace(VALUE, "{\"Fn::GetAtt\": [\"Bucket\", " + CURSOR + "]}"));
        assertEquals("Arn", attributes.get(0).getLabel());
        assertEquals("\"Arn\"", newText(attributes.get(0)));
    }

    @Test
    void subVariablesInYaml() throws Exception {
        List<CompletionItem> names = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Sub \"${AWS::StackName}-${" + CURSOR + "}\""));
        assertEquals(refTargetsSeenFromQueue(), labels(names));
        assertEquals("Env", newText(item(names, "Env")), "the editor closed the brace already");
        List<CompletionItem> attributes = completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Sub arn:${Bucket.A" + CURSOR));
        assertEquals("Arn}", newText(item(attributes, "Arn")));
        assertEquals(range(17, 35, 17, 36), edit(item(attributes, "Arn")).getRange());
        List<CompletionItem> block = completeYaml(YAML_REFERENCES,
                YAML_REFERENCES.replace(VALUE, "!Sub |\n        queue-${Env}-${" + CURSOR));
        assertEquals("Env}", newText(item(block, "Env")));
        assertEquals(List.of(), completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!Sub \"${Env}-" + CURSOR + "\"")),
                "outside ${}");
    }

    @Test
    void subVariablesInJson() throws Exception {
        String value = "{\"Fn::Sub\": \"${AWS::StackName}-${AWS::R" + CURSOR + "\"}";
        List<CompletionItem> items = completeJson(JSON_REFERENCES.replace(VALUE, "\"x\""), JSON_REFERENCES.replace(VALUE, value));
        assertEquals(refTargetsSeenFromQueue(), labels(items));
        assertEquals("AWS::Region}", newText(item(items, "AWS::Region")));
        int variable = "        \"QueueName\": ".length() + value.indexOf("AWS::R");
        assertEquals(range(12, variable, 12, variable + "AWS::R".length()), edit(item(items, "AWS::Region")).getRange());
    }

    @Test
    void dependsOnInYaml() throws Exception {
        String template = YAML_REFERENCES.replace("      QueueName: <VALUE>\n", "") + "  Topic:\n    Type: AWS::SNS::Topic\n";
        String queue = "    Type: AWS::SQS::Queue\n";
        assertEquals(List.of("Bucket", "Topic"),
                labels(completeYaml(template, template.replace(queue, queue + "    DependsOn: " + CURSOR + "\n"))));
        assertEquals(List.of("Topic"),
                labels(completeYaml(template, template.replace(queue, queue + "    DependsOn: [Bucket, " + CURSOR + "]\n"))));
        assertEquals(List.of("Topic"),
                labels(completeYaml(template, template.replace(queue, queue + "    DependsOn:\n      - Bucket\n      - " + CURSOR + "\n"))));
    }

    @Test
    void dependsOnInJson() throws Exception {
        String base = JSON_REFERENCES.replace(VALUE, "\"x\"");
        String queue = "\"Type\": \"AWS::SQS::Queue\",";
        List<CompletionItem> items = completeJson(base, base.replace(queue, queue + " \"DependsOn\": [\"" + CURSOR + "\"],"));
        assertEquals(List.of("Bucket"), labels(items));
        assertEquals("Bucket", newText(items.get(0)));
    }

    @Test
    void conditionNamesInYaml() throws Exception {
        String queue = "    Type: AWS::SQS::Queue\n";
        assertEquals(List.of("IsProd", "IsDev"),
                labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(queue, queue + "    Condition: " + CURSOR + "\n"))));
        assertEquals(List.of("IsProd", "IsDev"),
                labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!If [" + CURSOR + "]"))));
        assertEquals(List.of("IsProd", "IsDev"),
                labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!If\n        - Is" + CURSOR))));
        assertEquals(List.of("IsDev"), labels(completeYaml(YAML_REFERENCES,
                YAML_REFERENCES.replace("IsProd: !Equals [!Ref Env, prod]", "IsProd: !Not [!Condition " + CURSOR + "]"))));
    }

    @Test
    void conditionNamesInJson() throws Exception {
        String base = JSON_REFERENCES.replace(VALUE, "\"x\"");
        assertEquals(List.of("IsProd", "IsDev"),
                labels(completeJson(base, JSON_REFERENCES.replace(VALUE, "{\"Fn::If\": [\"" + CURSOR + "\"]}"))));
        String queue = "\"Type\": \"AWS::SQS::Queue\",";
        List<CompletionItem> items = completeJson(base, base.replace(queue, queue + " \"Condition\": " + CURSOR + ","));
        assertEquals(List.of("IsProd", "IsDev"), labels(items));
        assertEquals("\"IsProd\"", newText(items.get(0)));
    }

    @Test
    void findInMapInYaml() throws Exception {
        assertEquals(List.of("RegionMap"),
                labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!FindInMap [" + CURSOR + "]"))));
        assertEquals(List.of("us-east-1", "eu-west-1"),
                labels(completeYaml(YAML_REFERENCES, YAML_REFERENCES.replace(VALUE, "!FindInMap [RegionMap, " + CURSOR + "]"))));
        assertEquals(List.of("Ami", "Size"), labels(completeYaml(YAML_REFERENCES,
                YAML_REFERENCES.replace(VALUE, "!FindInMap\n        - RegionMap\n        - us-east-1\n        - " + CURSOR))));
    }

    @Test
    void findInMapInJson() throws Exception {
        String base = JSON_REFERENCES.replace(VALUE, "\"x\"");
        assertEquals(List.of("RegionMap"),
                labels(completeJson(base, JSON_REFERENCES.replace(VALUE, "{\"Fn::FindInMap\": [\"" + CURSOR))));
        assertEquals(List.of("Ami", "Size"), labels(completeJson(base,
                JSON_REFERENCES.replace(VALUE, "{\"Fn::FindInMap\": [\"RegionMap\", \"us-east-1\", \"" + CURSOR + "\"]}"))));
    }

    @Test
    void newResourceSnippetsInYaml() throws Exception {
        String base = "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n";
        List<CompletionItem> buckets = completeYaml(base, base + "  s3buc" + CURSOR + "\n");
        assertEquals("AWS::S3::Bucket", buckets.get(0).getLabel());
        assertEquals("${1:Bucket2}:\n    Type: AWS::S3::Bucket\n    Properties:\n      $2", newText(buckets.get(0)),
                "Bucket is taken");
        assertEquals(range(3, 2, 3, 7), edit(buckets.get(0)).getRange());
        List<CompletionItem> functions = completeYaml(base, base + "  lambdafunc" + CURSOR + "\n");
        assertEquals("AWS::Lambda::Function", functions.get(0).getLabel());
        assertEquals("${1:Function}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        $2\n      Role: $3",
                newText(functions.get(0)));
        assertEquals(InsertTextFormat.Snippet, functions.get(0).getInsertTextFormat());
    }

    @Test
    void newResourceSnippetsInJson() throws Exception {
        String base = "{\n  \"Resources\": {\n    \"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}\n  }\n}";
        List<CompletionItem> items = completeJson(base, "{\n  \"Resources\": {\n    \"Bucket\": {\"Type\": \"AWS::S3::Bucket\"},\n    \"lambdafunc"
                + CURSOR + "\"\n  }\n}");
        assertEquals("AWS::Lambda::Function", items.get(0).getLabel());
        assertEquals("""
                "${1:Function}": {
                      "Type": "AWS::Lambda::Function",
                      "Properties": {
                        "Code": {
                          $2
                        },
                        "Role": $3
                      }
                    }""", newText(items.get(0)));
        assertEquals(range(3, 4, 3, 16), edit(items.get(0)).getRange());
    }

    @Test
    void nothingOutsideACompletionContext() throws Exception {
        assertEquals(List.of(), completeYaml("Description: some words " + CURSOR + "\n"));
        assertEquals(List.of(), completeYaml("Resources: # a comment " + CURSOR + "\n"));
        assertEquals(List.of(), completeJson("{\"Description\": \"x\" " + CURSOR + "}"));
    }

    @Test
    void typingATemplateKeyByKeyAnswersEveryRequest() throws Exception {
        String template = """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  Env:
                    Type: String
                Resources:
                  Assets:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Ref Env
                      AccessControl: Private
                  Queue:
                    Type: AWS::SQS::Queue
                    Properties:
                      QueueName: !GetAtt Assets.Arn
                Outputs: {}
                """;
        Map<String, String> expectedAfter = Map.of(
                "Par", "Parameters",
                "    Type: AWS::S3::Buc", "AWS::S3::Bucket",
                "      Bucket", "BucketName",
                "      BucketName: !Ref ", "Env",
                "      AccessControl: Pr", "Private",
                "    Type: AWS::SQS::Qu", "AWS::SQS::Queue",
                "      QueueName: !GetAtt ", "Assets",
                "      QueueName: !GetAtt Assets.", "Arn",
                "Out", "Outputs");
        String uri = "file:///work/typed.yaml";
        session.open(uri, 0, "");
        StringBuilder typed = new StringBuilder();
        int line = 0;
        int character = 0;
        int checked = 0;
        for (char c : template.toCharArray()) {
            session.replace(uri, typed.length() + 1, range(line, character, line, character), String.valueOf(c));
            typed.append(c);
            if (c == '\n') {
                line++;
                character = 0;
            } else {
                character++;
            }
            List<CompletionItem> items = complete(uri, line, character);
            String currentLine = typed.substring(typed.lastIndexOf("\n") + 1);
            String expected = expectedAfter.get(currentLine);
            if (expected != null) {
                assertTrue(labels(items).contains(expected), () -> "after '" + currentLine + "': " + labels(items));
                checked++;
            }
        }
        assertEquals(expectedAfter.size(), checked);
    }

    private List<String> refTargetsSeenFromQueue() {
        return concat(List.of("Env", "Bucket"), PSEUDO_PARAMETERS);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private List<CompletionItem> completeYaml(String marked) throws Exception {
        return completeAt(nextUri("yaml"), null, marked);
    }

    /** Opens {@code base} (which parses) and completes in {@code marked}, the next version, which may not parse. */
    private List<CompletionItem> completeYaml(String base, String marked) throws Exception {
        return completeAt(nextUri("yaml"), base, marked);
    }

    private List<CompletionItem> completeJson(String marked) throws Exception {
        return completeAt(nextUri("json"), null, marked);
    }

    private List<CompletionItem> completeJson(String base, String marked) throws Exception {
        return completeAt(nextUri("json"), base, marked);
    }

    private String nextUri(String extension) {
        return "file:///work/template" + documents.incrementAndGet() + "." + extension;
    }

    private List<CompletionItem> completeAt(String uri, String base, String marked) throws Exception {
        int offset = marked.indexOf(CURSOR);
        String text = marked.substring(0, offset) + marked.substring(offset + CURSOR.length());
        if (base == null) {
            session.open(uri, 1, text);
        } else {
            session.open(uri, 1, base);
            complete(uri, 0, 0);
            session.replaceAll(uri, 2, text);
        }
        String before = text.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return complete(uri, line, offset - (before.lastIndexOf('\n') + 1));
    }

    private List<CompletionItem> complete(String uri, int line, int character) throws Exception {
        return completionList(uri, line, character).getItems();
    }

    private CompletionList completionList(String uri, int line, int character) throws Exception {
        Either<List<CompletionItem>, CompletionList> result = session.server.getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(result);
        return result.isLeft() ? new CompletionList(false, result.getLeft()) : result.getRight();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static CompletionItem item(List<CompletionItem> items, String label) {
        return items.stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label + " in " + labels(items)));
    }

    private static TextEdit edit(CompletionItem item) {
        return item.getTextEdit().getLeft();
    }

    private static String newText(CompletionItem item) {
        return edit(item).getNewText();
    }
}
