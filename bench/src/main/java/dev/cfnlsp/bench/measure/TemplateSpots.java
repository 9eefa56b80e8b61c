package dev.cfnlsp.bench.measure;

import dev.cfnlsp.bench.generate.Format;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A generated template with a typo planted in a property key past its middle, so that code actions have a quick fix
 * to offer, and the places past the middle where the bench types, hovers and completes.
 */
final class TemplateSpots {
    /** A resource property key: six spaces deep in generated YAML, eight in JSON. */
    private static final Pattern YAML_PROPERTY_KEY = Pattern.compile("(?m)^ {6}([A-Z][A-Za-z]*):");
    private static final Pattern JSON_PROPERTY_KEY = Pattern.compile("(?m)^ {8}\"([A-Z][A-Za-z]*)\":");
    private static final String TYPO = "x";

    final String text;
    /** Inside a property key. */
    final Position hover;
    /** Where a {@code Ref}'s target starts: after {@code !Ref } in YAML, inside the quotes of {@code "Ref": ""} in JSON. */
    final Position completion;
    /** The misspelt key. */
    final Range flagged;
    /** Right after the {@code cc-} of a cost-centre tag value, where a digit comes and goes. */
    final Position edit;

    TemplateSpots(String generated, Format format) {
        boolean yaml = format == Format.YAML;
        int middle = generated.length() / 2;
        Matcher keys = (yaml ? YAML_PROPERTY_KEY : JSON_PROPERTY_KEY).matcher(generated);
        MatchResult hovered = next(keys, middle);
        MatchResult misspelt = next(keys, hovered.end());
        int typoAt = misspelt.end(1);
        text = generated.substring(0, typoAt) + TYPO + generated.substring(typoAt);
        hover = position(text, hovered.start(1) + 1);
        flagged = new Range(position(text, misspelt.start(1)), position(text, typoAt + TYPO.length()));
        completion = position(text, after(text, yaml ? "!Ref " : "\"Ref\": \"", middle));
        edit = position(text, after(text, yaml ? "Value: cc-" : "\"Value\": \"cc-", middle));
    }

    private static MatchResult next(Matcher matcher, int from) {
        if (!matcher.find(from)) {
            throw new IllegalArgumentException("no property key after offset " + from);
        }
        return matcher.toMatchResult();
    }

    private static int after(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        if (at < 0) {
            throw new IllegalArgumentException("no '" + marker + "' after offset " + from);
        }
        return at + marker.length();
    }

    /** The LSP position of an offset; generated text is ASCII, so characters are UTF-16 units. */
    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, offset - lineStart);
    }
}
