package dev.cfnlsp.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the template model from JSON with Jackson's streaming parser, keeping a range on every key and value. */
final class JsonTemplateParser {
    private final ParserLimits limits;
    private final JsonFactory factory;

    JsonTemplateParser(ParserLimits limits) {
        this.limits = limits;
        this.factory = factory(limits.maxNestingDepth());
    }

    private JsonFactory factory(int maxNestingDepth) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxStringLength(limits.maxCharacters())
                        .build())
                .build();
    }

    ParsedDocument parse(String text, LineIndex lines) {
        List<ParseProblem> problems = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            Reader reader = new Reader(parser, text, 0, lines, problems);
            if (parser.nextToken() == null) {
                problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, SourceRange.of(0, 0, 0, 0), "The document is empty."));
                return new ParsedDocument(Optional.empty(), problems);
            }
            TemplateNode root = reader.value();
            if (parser.nextToken() != null) {
                int offset = (int) parser.currentTokenLocation().getCharOffset();
                problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, lines.rangeOf(offset, offset + 1),
                        "JSON syntax error: unexpected content after the end of the template."));
                return new ParsedDocument(Optional.empty(), problems);
            }
            return new ParsedDocument(Optional.of(root), problems);
        } catch (StreamConstraintsException e) {
            problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.of(0, 0, 0, 0),
                    "The document exceeds a safety limit and is not analysed: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            int offset = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getCharOffset());
            SourcePosition at = lines.positionAt(offset);
            SourceRange range = lines.rangeOf(offset, Math.max(offset, lines.lineEnd(at.line())));
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, range, "JSON syntax error: " + JsonErrorMessages.humanise(e)));
        } catch (IOException e) {
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, SourceRange.of(0, 0, 0, 0), "Could not read the document: " + e.getMessage()));
        }
        return new ParsedDocument(Optional.empty(), problems);
    }

    /**
     * The single value spanning {@code [start, end)} of the text, nested {@code depth} levels deep in the document,
     * parsed on its own with ranges in the whole text; empty when it is not exactly one value without problems.
     */
    Optional<TemplateNode> parseFragment(String text, LineIndex lines, int start, int end, int depth) {
        List<ParseProblem> problems = new ArrayList<>();
        try (JsonParser parser = factory(limits.maxNestingDepth() - depth).createParser(text.substring(start, end))) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            TemplateNode value = new Reader(parser, text, start, lines, problems).value();
            return parser.nextToken() == null && problems.isEmpty() ? Optional.of(value) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static final class Reader {
        private final JsonParser parser;
        private final String text;
        /** Where in the text the parser's input starts. */
        private final int base;
        private final LineIndex lines;
        private final List<ParseProblem> problems;

        Reader(JsonParser parser, String text, int base, LineIndex lines, List<ParseProblem> problems) {
            this.parser = parser;
            this.text = text;
            this.base = base;
            this.lines = lines;
            this.problems = problems;
        }

        /** Reads the value at the current token. */
        TemplateNode value() throws IOException {
            int start = tokenStart();
            return switch (parser.currentToken()) {
                case START_OBJECT -> object(start);
                case START_ARRAY -> array(start);
                case VALUE_STRING -> scalar(parser.getText(), ScalarKind.STRING, start, JsonScanner.endOfString(text, start));
                case VALUE_NUMBER_INT -> scalar(parser.getText(), ScalarKind.INTEGER, start, JsonScanner.endOfLiteral(text, start));
                case VALUE_NUMBER_FLOAT -> scalar(parser.getText(), ScalarKind.FLOAT, start, JsonScanner.endOfLiteral(text, start));
                case VALUE_TRUE, VALUE_FALSE -> scalar(parser.getText(), ScalarKind.BOOLEAN, start, JsonScanner.endOfLiteral(text, start));
                case VALUE_NULL -> scalar("", ScalarKind.NULL, start, JsonScanner.endOfLiteral(text, start));
                default -> throw new IllegalStateException("Unexpected token " + parser.currentToken());
            };
        }

        private TemplateNode object(int start) throws IOException {
            List<MappingEntry> entries = new ArrayList<>();
            Map<String, ScalarNode> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int keyStart = tokenStart();
                String name = parser.currentName();
                ScalarNode key = new ScalarNode(name, ScalarKind.STRING, ScalarStyle.DOUBLE_QUOTED,
                        lines.rangeOf(keyStart, JsonScanner.endOfString(text, keyStart)));
                ScalarNode first = seen.putIfAbsent(name, key);
                if (first != null) {
                    problems.add(ParseProblem.duplicateKey(key, first));
                }
                parser.nextToken();
                entries.add(new MappingEntry(key, value()));
            }
            MappingNode mapping = new MappingNode(entries, true, lines.rangeOf(start, tokenStart() + 1));
            return LongFormIntrinsics.recognise(mapping);
        }

        private SequenceNode array(int start) throws IOException {
            List<TemplateNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value());
            }
            return new SequenceNode(items, true, lines.rangeOf(start, tokenStart() + 1));
        }

        private ScalarNode scalar(String value, ScalarKind kind, int start, int end) {
            ScalarStyle style = kind == ScalarKind.STRING ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN;
            return new ScalarNode(value, kind, style, lines.rangeOf(start, end));
        }

        private int tokenStart() {
            return base + (int) parser.currentTokenLocation().getCharOffset();
        }
    }
}
