package dev.cfnlsp.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonContextDetectorTest {

    @Test
    void valueInsideQuotes() {
        String marked = "{\"Resources\": {\"Bucket\": {\"Type\": \"AWS::S3::Bu<|>\"}}}";
        CursorContext context = single(marked);
        assertEquals(Slot.VALUE, context.slot());
        assertEquals(List.of("Resources", "Bucket", "Type"), context.path());
        assertEquals(new Token(marked.indexOf("AWS"), "AWS::S3::Bu", '"'), context.token());
    }

    @Test
    void keyWithTheKeysBeforeAndAfterIt() {
        CursorContext context = single("""
                {"Resources": {"B": {"Properties": {
                  "BucketName": "x",
                  "<|>
                  "Tags": []
                }, "Type": "AWS::S3::Bucket"}}}""");
        assertEquals(Slot.KEY, context.slot());
        assertEquals(List.of("Resources", "B", "Properties"), context.path());
        assertEquals(Set.of("BucketName", "Tags"), context.presentKeys());
        assertEquals("AWS::S3::Bucket", context.scalarInText(2, "Type").orElseThrow());
        assertEquals("  ", context.indent());
        assertEquals('"', context.token().quote());
    }

    @Test
    void unclosedDocumentWhileTyping() {
        CursorContext context = single("{\"Resources\": {\"B\": {\"Properties\": {\"BucketName\": {\"Ref\": \"<|>");
        assertEquals(List.of("Resources", "B", "Properties", "BucketName", "Ref"), context.path());
        assertEquals("", context.token().text());
    }

    @Test
    void listArgumentsKeepTheirIndexAndEarlierItems() {
        CursorContext context = single("{\"Outputs\": {\"O\": {\"Value\": {\"Fn::GetAtt\": [\"Bucket\", \"<|>\"]}}}}");
        assertEquals(List.of("Outputs", "O", "Value", "Fn::GetAtt", 1), context.path());
        assertEquals(List.of("Bucket"), context.previousItems());
    }

    @Test
    void rightAfterTheColon() {
        CursorContext context = single("{\"Resources\": {\"B\": {\"Type\":<|>}}}");
        assertEquals(Slot.VALUE, context.slot());
        assertEquals(List.of("Resources", "B", "Type"), context.path());
        assertEquals(Token.PLAIN, context.token().quote());
    }

    @Test
    void aNewLineAfterAValueStartsAKeyEvenBeforeTheComma() {
        CursorContext context = single("{\n  \"Resources\": {}\n  <|>\n}");
        assertEquals(Slot.KEY, context.slot());
        assertEquals(List.of(), context.path());
        assertEquals(Set.of("Resources"), context.presentKeys());
    }

    @Test
    void afterACompletedValueOnTheSameLineThereIsNothing() {
        assertEquals(List.of(), detect("{\"A\": \"x\" <|>}"));
    }

    private static CursorContext single(String marked) {
        List<CursorContext> contexts = detect(marked);
        assertEquals(1, contexts.size(), () -> "contexts: " + contexts);
        return contexts.get(0);
    }

    private static List<CursorContext> detect(String marked) {
        Cursor cursor = Cursor.in(marked);
        return JsonContextDetector.detect(cursor.text(), cursor.offset());
    }
}
