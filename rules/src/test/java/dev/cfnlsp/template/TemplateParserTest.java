package dev.cfnlsp.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateParserTest {
    private final TemplateParser parser = new TemplateParser();

    private static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Stage: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Condition: IsProd
              Queue:
                Type: AWS::SQS::Queue
                DependsOn: [Bucket]
                Properties:
                  QueueName: !Sub "${Stage}-${Bucket.Arn}-${!Literal}"
                  Tags:
                    - Key: a
                      Value: !GetAtt Bucket.Arn
                    - Key: b
                      Value: !If [IsProd, !GetAtt [Bucket, DomainName], x]
            """;

    private static final String JSON = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": {"Stage": {"Type": "String"}},
              "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Stage"}, "prod"]}},
              "Resources": {
                "Bucket": {"Type": "AWS::S3::Bucket", "Condition": "IsProd"},
                "Queue": {
                  "Type": "AWS::SQS::Queue",
                  "DependsOn": ["Bucket"],
                  "Properties": {
                    "QueueName": {"Fn::Sub": "${Stage}-${Bucket.Arn}-${!Literal}"},
                    "Tags": [
                      {"Key": "a", "Value": {"Fn::GetAtt": "Bucket.Arn"}},
                      {"Key": "b", "Value": {"Fn::If": ["IsProd", {"Fn::GetAtt": ["Bucket", "DomainName"]}, "x"]}}
                    ]
                  }
                }
              }
            }
            """;

    @Test
    void shortAndLongFormsBecomeTheSameIntrinsics() {
        for (String text : List.of(YAML, JSON)) {
            Template template = parser.parse(text.startsWith("{") ? "t.json" : "t.yaml", text);
            assertTrue(template.isWellFormed() && template.isCloudFormation());
            TemplateNode condition = template.declaration(DeclarationKind.CONDITION, "IsProd").orElseThrow().body();
            IntrinsicNode equals = assertInstanceOf(IntrinsicNode.class, condition);
            assertEquals("Fn::Equals", equals.function());
            SequenceNode arguments = assertInstanceOf(SequenceNode.class, equals.argument());
            assertEquals("Ref", ((IntrinsicNode) arguments.items().get(0)).function());
            assertEquals(List.of(
                    "REF Stage", "CONDITION IsProd", "DEPENDS_ON Bucket", "SUB Stage", "SUB Bucket.Arn",
                    "GET_ATT Bucket.Arn", "CONDITION IsProd", "GET_ATT Bucket.DomainName"),
                    template.references().stream()
                            .map(r -> r.kind() + " " + r.target() + r.attribute().map(a -> "." + a).orElse(""))
                            .toList(), text);
        }
    }

    @Test
    void referenceRangesCoverJustTheName() {
        Template template = parser.parse("t.yaml", YAML);
        Reference sub = template.references().stream().filter(r -> r.kind() == ReferenceKind.SUB && r.attribute().isPresent()).findFirst().orElseThrow();
        String line = YAML.lines().toList().get(13);
        assertEquals(SourceRange.of(13, line.indexOf("Bucket.Arn"), 13, line.indexOf("Bucket.Arn") + 6), sub.range());
        assertEquals(SourceRange.of(13, line.indexOf("Bucket.Arn") + 7, 13, line.indexOf("Bucket.Arn") + 10), sub.attributeRange().orElseThrow());
        Reference dotted = template.references().stream().filter(r -> r.kind() == ReferenceKind.GET_ATT).findFirst().orElseThrow();
        String getAttLine = YAML.lines().toList().get(16);
        assertEquals(SourceRange.of(16, getAttLine.indexOf("Bucket"), 16, getAttLine.indexOf("Bucket") + 6), dotted.range());
    }

    @Test
    void keysAndValuesCarryExactRangesInBothFormats() {
        Template yaml = parser.parse("t.yaml", YAML);
        MappingEntry type = yaml.resource("Bucket").orElseThrow().body().orElseThrow().entry("Type").orElseThrow();
        assertEquals(SourceRange.of(7, 4, 7, 8), type.key().range());
        assertEquals(SourceRange.of(7, 10, 7, 25), type.value().range());
        Template json = parser.parse("t.json", JSON);
        MappingEntry jsonType = json.resource("Bucket").orElseThrow().body().orElseThrow().entry("Type").orElseThrow();
        String line = JSON.lines().toList().get(5);
        assertEquals(SourceRange.of(5, line.indexOf("\"Type\""), 5, line.indexOf("\"Type\"") + 6), jsonType.key().range());
        assertEquals(SourceRange.of(5, line.indexOf("\"AWS::S3"), 5, line.indexOf("\"AWS::S3") + 17), jsonType.value().range());
    }

    @Test
    void utf16ColumnsAfterAstralCharacters() {
        Template template = parser.parse("t.yaml", "Description: \"🚀🚀\"\nResources: {A: {Type: AWS::SNS::Topic}}\nX: 😀 y\nZ: 1\n");
        MappingEntry z = template.rootMapping().orElseThrow().entry("Z").orElseThrow();
        assertEquals(SourceRange.of(3, 0, 3, 1), z.key().range());
        MappingEntry x = template.rootMapping().orElseThrow().entry("X").orElseThrow();
        assertEquals(SourceRange.of(2, 3, 2, 7), x.value().range());
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondKey() {
        Template template = parser.parse("t.yaml", "Resources:\n  A: {Type: AWS::SNS::Topic}\n  A: {Type: AWS::SQS::Queue}\n");
        ParseProblem duplicate = template.problems().get(0);
        assertEquals(ParseProblem.Kind.DUPLICATE_KEY, duplicate.kind());
        assertEquals(SourceRange.of(2, 2, 2, 3), duplicate.range());
        Template json = parser.parse("t.json", "{\"Resources\": {}, \"Resources\": {}}");
        assertEquals(ParseProblem.Kind.DUPLICATE_KEY, json.problems().get(0).kind());
    }

    @Test
    void syntaxErrorsAreOneProblemWithAPosition() {
        Template yaml = parser.parse("t.yaml", "Resources:\n  A: [1, 2\n  B: 3\n");
        assertFalse(yaml.isWellFormed());
        assertEquals(1, yaml.problems().size());
        assertEquals(ParseProblem.Kind.SYNTAX, yaml.problems().get(0).kind());
        assertTrue(yaml.problems().get(0).message().startsWith("YAML syntax error:"), yaml.problems().get(0).message());
        Template json = parser.parse("t.json", "{\n  \"Resources\": {\n    \"A\": 1,\n  }\n}");
        assertEquals(1, json.problems().size());
        assertEquals(3, json.problems().get(0).range().start().line());
        assertTrue(json.problems().get(0).message().startsWith("JSON syntax error:"), json.problems().get(0).message());
    }

    @Test
    void hostileInputIsRefusedQuicklyWithALimitProblem() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9)).append("]\n");
        }
        assertLimit(parser.parse("bomb.yaml", bomb.toString()));
        assertLimit(parser.parse("deep.yaml", "A: " + "[".repeat(10_000) + "]".repeat(10_000)));
        assertLimit(parser.parse("deep.json", "{\"A\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        assertLimit(new TemplateParser(new ParserLimits(100, 50, 10, 1000)).parse("big.yaml", "A: " + "x".repeat(200)));
    }

    private static void assertLimit(Template template) {
        assertFalse(template.isWellFormed());
        assertEquals(ParseProblem.Kind.LIMIT, template.problems().get(0).kind(), template.problems().toString());
        assertTrue(template.isCloudFormation(), "a refused document is still reported");
    }

    @Test
    void anAliasSharesTheValueItsAnchorNames() {
        Template template = parser.parse("a.yaml", "Mappings:\n  A: &shared {K: {V: 1}}\n  B: *shared\n");
        MappingNode mappings = (MappingNode) template.section("Mappings").orElseThrow().value();
        assertTrue(mappings.get("A").orElseThrow() == mappings.get("B").orElseThrow());
        assertEquals(SourceRange.of(1, 13, 1, 24), mappings.get("A").orElseThrow().range(), "the anchor is not part of the value");
        assertTrue(template.isAliased());
        assertFalse(parser.parse("a.yaml", "Description: a && b\n").isAliased());
    }

    @Test
    void aMergeKeyTakesInTheEntriesNotWritten() {
        Template template = parser.parse("a.yaml", "Mappings:\n  Base: &base {A: 1, B: 2}\n  Own:\n    <<: *base\n    B: 3\n");
        MappingNode own = (MappingNode) ((MappingNode) template.section("Mappings").orElseThrow().value()).get("Own").orElseThrow();
        assertEquals(List.of("B", "A"), own.entries().stream().map(MappingEntry::name).toList());
        assertEquals("3", own.get("B").orElseThrow().scalarText());
        assertEquals(SourceRange.of(3, 4, 4, 8), own.range(), "the mapping covers what is written in it");
        assertEquals(List.of(), template.problems());
    }

    @Test
    void aliasesAndDocumentsTheParserCannotResolveAreSyntaxErrors() {
        for (String text : List.of("A: *nowhere\n", "A: 1\n---\nB: 2\n")) {
            Template template = parser.parse("a.yaml", text);
            assertFalse(template.isWellFormed(), text);
            assertEquals(ParseProblem.Kind.SYNTAX, template.problems().get(0).kind(), text);
        }
    }

    @Test
    void onlyCloudFormationTemplatesAreRecognised() {
        assertTrue(parser.parse("a.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n").isCloudFormation());
        assertTrue(parser.parse("a.yaml", "AWSTemplateFormatVersion: '2010-09-09'\n").isCloudFormation());
        assertTrue(parser.parse("a.yaml", "Transform: AWS::Serverless-2016-10-31\nResources: {}\n").isCloudFormation());
        assertFalse(parser.parse("a.yaml", "apiVersion: v1\nkind: Pod\n").isCloudFormation());
        assertFalse(parser.parse("a.json", "{\"name\": \"pkg\", \"version\": \"1.0.0\"}").isCloudFormation());
        assertTrue(parser.parse("a.yaml", "AWSTemplateFormatVersion: x\nResources: [").isCloudFormation(), "broken template still recognised");
    }
}
