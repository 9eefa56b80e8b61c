package dev.cfnlsp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of the kinds typing makes, at random: a word replaced by another of the text, a line deleted, duplicated, moved. */
public final class RandomEdits {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9:\\-]+");

    private final Random random;

    public RandomEdits(Random random) {
        this.random = random;
    }

    public String mutate(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(10)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> lines.add(line, "");
            case 3 -> {
                if (line + 1 < lines.size()) {
                    lines.add(line + 1, lines.remove(line));
                }
            }
            case 4 -> lines.set(line, typeOrDelete(lines.get(line)));
            default -> lines.set(line, replaceWord(lines.get(line), words(text)));
        }
        return String.join("\n", lines);
    }

    /** One keystroke: a character typed, or one deleted, somewhere in the line. */
    private String typeOrDelete(String line) {
        int at = random.nextInt(line.length() + 1);
        if (random.nextBoolean() || line.isEmpty()) {
            return line.substring(0, at) + " :-a\"'#{[!".charAt(random.nextInt(10)) + line.substring(at);
        }
        at = Math.min(at, line.length() - 1);
        return line.substring(0, at) + line.substring(at + 1);
    }

    private String replaceWord(String line, List<String> words) {
        Matcher matcher = WORD.matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        if (spans.isEmpty() || words.isEmpty()) {
            return line;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return line.substring(0, span[0]) + words.get(random.nextInt(words.size())) + line.substring(span[1]);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words.size() < 2_000) {
            words.add(matcher.group());
        }
        return words;
    }
}
