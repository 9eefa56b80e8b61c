package dev.cfnlsp.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.template.LineIndex;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlContextDetectorTest {
    private static final String RESOURCE = """
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
            """;

    @Test
    void keyAtTheRoot() {
        CursorContext context = single("AWSTemplateFormatVersion: \"2010-09-09\"\nRe<|>\n");
        assertEquals(Slot.KEY, context.slot());
        assertEquals(List.of(), context.path());
        assertEquals("Re", context.token().text());
        assertEquals(Set.of("AWSTemplateFormatVersion"), context.presentKeys());
    }

    @Test
    void keyOnABlankLineFollowsTheIndentation() {
        CursorContext context = single(RESOURCE + "      BucketName: x\n      <|>\n      Tags: []\n");
        assertEquals(Slot.KEY, context.slot());
        assertEquals(List.of("Resources", "Bucket", "Properties"), context.path());
        assertEquals(Set.of("BucketName", "Tags"), context.presentKeys());
        assertEquals("      ", context.indent());
        assertEquals("AWS::S3::Bucket", context.scalarInText(2, "Type").orElseThrow());
    }

    @Test
    void valueAfterAKey() {
        CursorContext context = single("Resources:\n  Bucket:\n    Type: AWS::S3::Bu<|>\n");
        assertEquals(Slot.VALUE, context.slot());
        assertEquals(List.of("Resources", "Bucket", "Type"), context.path());
        assertEquals("AWS::S3::Bu", context.token().text());
    }

    @Test
    void shortAndLongFormIntrinsics() {
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Ref"),
                single(RESOURCE + "      BucketName: !Ref Na<|>\n").path());
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Ref"),
                single(RESOURCE + "      BucketName:\n        Ref: Na<|>\n").path());
        CursorContext getAtt = single(RESOURCE + "      BucketName: !GetAtt Other.<|>\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Fn::GetAtt"), getAtt.path());
        assertEquals("Other.", getAtt.token().text());
    }

    @Test
    void flowListsKeepTheirIndexAndEarlierItems() {
        CursorContext context = single(RESOURCE + "      BucketName: !FindInMap [RegionMap, <|>]\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Fn::FindInMap", 1), context.path());
        assertEquals(List.of("RegionMap"), context.previousItems());
        assertEquals("", context.token().text());
    }

    @Test
    void taggedBlockListUnderAKey() {
        CursorContext context = detect(RESOURCE + "      BucketName: !If\n        - <|>\n").get(0);
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Fn::If", 0), context.path());
    }

    @Test
    void dashLineIsAnItemOrTheFirstKeyOfAMappingItem() {
        List<CursorContext> contexts = detect(RESOURCE + "      Tags:\n        - Key: a\n          Value: b\n        - K<|>\n");
        assertEquals(2, contexts.size());
        assertEquals(Slot.VALUE, contexts.get(0).slot());
        assertEquals(List.of("Resources", "Bucket", "Properties", "Tags", 1), contexts.get(0).path());
        assertEquals(Slot.KEY, contexts.get(1).slot());
        assertEquals(List.of("Resources", "Bucket", "Properties", "Tags", 1), contexts.get(1).path());
        assertEquals(Set.of(), contexts.get(1).presentKeys());
        assertEquals(" ".repeat(10), contexts.get(1).indent());
    }

    @Test
    void secondKeyOfAMappingItem() {
        CursorContext context = single(RESOURCE + "      Tags:\n      - Key: a\n        <|>\n      - Key: b\n        Value: c\n");
        assertEquals(Slot.KEY, context.slot());
        assertEquals(List.of("Resources", "Bucket", "Properties", "Tags", 0), context.path());
        assertEquals(Set.of("Key"), context.presentKeys());
    }

    @Test
    void flowMappingsInsideABlock() {
        CursorContext key = single("Resources:\n  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: x, <|>}}\n");
        assertEquals(Slot.KEY, key.slot());
        assertEquals(List.of("Resources", "Bucket", "Properties"), key.path());
        assertEquals(Set.of("BucketName"), key.presentKeys());
        assertTrue(key.flow());
        assertEquals("AWS::S3::Bucket", key.scalarInText(2, "Type").orElseThrow());
        CursorContext value = single("Resources:\n  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: !Ref <|>}}\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Ref"), value.path());
    }

    @Test
    void flowCollectionContinuedOnTheNextLine() {
        CursorContext context = single(RESOURCE + "      BucketName: !If [IsProd,\n        !Ref <|>\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Fn::If", 1, "Ref"), context.path());
    }

    @Test
    void insideATaggedBlockScalar() {
        CursorContext context = single(RESOURCE + "      BucketName: !Sub |\n        name-${AWS::Region}-${Buck<|>\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Fn::Sub"), context.path());
        assertEquals("name-${AWS::Region}-${Buck", context.token().text());
    }

    @Test
    void valueOnTheLineBelowItsKey() {
        CursorContext context = single(RESOURCE + "      BucketName:\n        !Ref <|>\n");
        assertEquals(List.of("Resources", "Bucket", "Properties", "BucketName", "Ref"), context.path());
    }

    @Test
    void indentlessListsAndNestedDashes() {
        CursorContext item = detect("Resources:\n  A:\n    DependsOn:\n    - B\n    - <|>\n").get(0);
        assertEquals(Slot.VALUE, item.slot());
        assertEquals(List.of("Resources", "A", "DependsOn", 1), item.path());
        assertEquals(List.of("B"), item.previousItems());
        assertEquals(List.of(0, 1), detect("- - a\n  - <|>\n").get(0).path());
    }

    @Test
    void commentsAndCompletedValuesHaveNoContext() {
        assertEquals(List.of(), detect("Resources: # the <|>\n"));
        assertEquals(List.of(), detect("A: \"done\" <|>\n"));
    }

    @Test
    void aTagBeingTypedStartsTheValue() {
        CursorContext context = single("Resources:\n  A: !Re<|>\n");
        assertEquals(Slot.VALUE, context.slot());
        assertEquals(List.of("Resources", "A"), context.path());
        assertEquals("!Re", context.token().text());
    }

    @Test
    void mayBeUsedRightAfterTheColon() {
        CursorContext context = single("Resources:\n  A:\n    Type:<|>\n");
        assertEquals(List.of("Resources", "A", "Type"), context.path());
        assertEquals("", context.token().text());
    }

    @Test
    void windowsLineEndings() {
        CursorContext value = single("Resources:\r\n  Bucket:\r\n    Type: AWS::S3::Bu<|>\r\n    Properties: {}\r\n");
        assertEquals(List.of("Resources", "Bucket", "Type"), value.path());
        assertEquals("AWS::S3::Bu", value.token().text());
        CursorContext key = single("Resources:\r\n  Bucket:\r\n    Type: AWS::S3::Bucket\r\n    <|>\r\n");
        assertEquals(List.of("Resources", "Bucket"), key.path());
        assertEquals(Set.of("Type"), key.presentKeys());
    }

    private static CursorContext single(String marked) {
        List<CursorContext> contexts = detect(marked);
        assertEquals(1, contexts.size(), () -> "contexts: " + contexts);
        return contexts.get(0);
    }

    private static List<CursorContext> detect(String marked) {
        Cursor cursor = Cursor.in(marked);
        return YamlContextDetector.detect(cursor.text(), new LineIndex(cursor.text()), cursor.offset());
    }
}
