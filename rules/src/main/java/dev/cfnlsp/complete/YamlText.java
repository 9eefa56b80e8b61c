package dev.cfnlsp.complete;

import dev.cfnlsp.template.LineIndex;

/** The lines of a YAML document as block structure, each parsed once on demand; the cursor's line only up to the cursor. */
final class YamlText {
    private final String text;
    private final LineIndex lines;
    private final int cursorLine;
    private final int cursorColumn;
    private final YamlLine[] parsed;

    YamlText(String text, LineIndex lines, int cursorLine, int cursorColumn) {
        this.text = text;
        this.lines = lines;
        this.cursorLine = cursorLine;
        this.cursorColumn = cursorColumn;
        this.parsed = new YamlLine[lines.lineCount()];
    }

    YamlLine line(int line) {
        if (parsed[line] == null) {
            String lineText = lines.lineText(line);
            int limit = line == cursorLine ? Math.min(cursorColumn, lineText.length()) : lineText.length();
            parsed[line] = YamlLine.parse(lineText, lines.lineStart(line), limit);
        }
        return parsed[line];
    }

    /**
     * Whether the line starts with more than {@code column} spaces: then nothing on it stands at or left of that
     * column, which the block walks can tell without parsing the line (a large template has tens of thousands).
     */
    boolean indentedPast(int line, int column) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        for (int i = start; i <= start + column; i++) {
            if (i >= end || text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    int lineCount() {
        return parsed.length;
    }

    int lineStart(int line) {
        return lines.lineStart(line);
    }

    int cursorLine() {
        return cursorLine;
    }

    String text() {
        return text;
    }
}
