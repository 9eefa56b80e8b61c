package dev.cfnlsp.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    /** An index updated for an edit equals one built from scratch, line breaks of every kind split and joined. */
    @Test
    void anEditedIndexEqualsAFreshOne() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, random.nextInt(30));
            int start = random.nextInt(text.length() + 1);
            int oldEnd = start + random.nextInt(text.length() - start + 1);
            String edited = text.substring(0, start) + randomText(random, random.nextInt(6)) + text.substring(oldEnd);
            LineIndex fresh = new LineIndex(edited);
            LineIndex updated = new LineIndex(text).edited(edited, start, oldEnd);
            String where = "round " + round + ": " + escape(text) + " -> " + escape(edited);
            assertEquals(fresh.lineCount(), updated.lineCount(), where);
            for (int line = 0; line < fresh.lineCount(); line++) {
                assertEquals(fresh.lineStart(line), updated.lineStart(line), where);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("ab\r\n".charAt(random.nextInt(4)));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
