package dev.cfnlsp.template;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A cheap upper estimate of how deeply a YAML text nests, taken before parsing: the composer recurses once per
 * level, so a pathological document must be refused before it reaches it. Brackets inside quoted strings and
 * comments do not count.
 */
final class NestingDepth {
    private NestingDepth() {
    }

    static int estimate(String text) {
        int flowDepth = 0;
        int maxFlowDepth = 0;
        Deque<Integer> blockIndents = new ArrayDeque<>();
        int maxBlockDepth = 0;
        boolean atLineStart = true;
        int indent = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                atLineStart = true;
                indent = 0;
                quote = 0;
                continue;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (atLineStart) {
                if (c == ' ' || c == '-') {
                    indent++;
                    continue;
                }
                atLineStart = false;
                if (c != '#') {
                    while (!blockIndents.isEmpty() && blockIndents.peek() >= indent) {
                        blockIndents.pop();
                    }
                    blockIndents.push(indent);
                    maxBlockDepth = Math.max(maxBlockDepth, blockIndents.size());
                }
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                i = skipToLineEnd(text, i);
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                maxFlowDepth = Math.max(maxFlowDepth, ++flowDepth);
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                flowDepth--;
            }
        }
        return maxBlockDepth + maxFlowDepth;
    }

    /** The index just before the line break ending the line that contains {@code i}. */
    private static int skipToLineEnd(String text, int i) {
        int end = i;
        while (end + 1 < text.length() && text.charAt(end + 1) != '\n' && text.charAt(end + 1) != '\r') {
            end++;
        }
        return end;
    }
}
