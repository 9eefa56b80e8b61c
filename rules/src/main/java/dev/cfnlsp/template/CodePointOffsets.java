package dev.cfnlsp.template;

/** Maps code-point indexes (what snakeyaml-engine counts) to UTF-16 offsets (what LSP counts). */
final class CodePointOffsets {
    private final int[] utf16OffsetByCodePoint;

    private CodePointOffsets(int[] utf16OffsetByCodePoint) {
        this.utf16OffsetByCodePoint = utf16OffsetByCodePoint;
    }

    static CodePointOffsets of(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new CodePointOffsets(null);
        }
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            offsets[codePoint++] = i;
        }
        offsets[codePoint] = text.length();
        return new CodePointOffsets(offsets);
    }

    int utf16Offset(int codePointIndex) {
        if (utf16OffsetByCodePoint == null) {
            return codePointIndex;
        }
        return utf16OffsetByCodePoint[Math.min(codePointIndex, utf16OffsetByCodePoint.length - 1)];
    }
}
