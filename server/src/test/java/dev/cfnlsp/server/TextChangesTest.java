package dev.cfnlsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextChangesTest {

    @Test
    void insertsWhereTheLineIndexPutsAPosition() {
        Random random = new Random(7);
        for (String text : List.of("a: 1\nbb: 2\n\nccc: 3", "a: 1\r\nbb: 2\r\n", "a\rb\r\nc\n", "", "\n\n", "no line end")) {
            LineIndex lines = new LineIndex(text);
            for (int i = 0; i < 200; i++) {
                Position position = new Position(random.nextInt(6), random.nextInt(8));
                int offset = lines.offsetAt(new SourcePosition(position.getLine(), position.getCharacter()));
                String expected = text.substring(0, offset) + "X" + text.substring(offset);
                TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(new Range(position, position), "X");
                assertEquals(expected, TextChanges.apply(text, List.of(change)), () -> text + " at " + position);
            }
        }
    }

    @Test
    void replacesAWholeDocument() {
        assertEquals("new", TextChanges.apply("old\ntext", List.of(new TextDocumentContentChangeEvent("new"))));
    }
}
