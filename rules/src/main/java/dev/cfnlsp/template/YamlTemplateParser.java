package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Builds the template model from YAML with snakeyaml-engine, keeping a range on every key and value. */
final class YamlTemplateParser {
    private final ParserLimits limits;

    YamlTemplateParser(ParserLimits limits) {
        this.limits = limits;
    }

    ParsedDocument parse(String text, LineIndex lines) {
        List<ParseProblem> problems = new ArrayList<>();
        if (NestingDepth.estimate(text) > limits.maxNestingDepth()) {
            problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.at(lines.positionAt(0)),
                    "The document nests deeper than " + limits.maxNestingDepth() + " levels; it is not analysed."));
            return new ParsedDocument(Optional.empty(), problems);
        }
        Converter converter = new Converter(text, lines, 0, CodePointOffsets.of(text), problems);
        try {
            Optional<Node> root = compose(text);
            // Without an anchor there is no alias, and the expanded size is the node count the text bounds.
            if (root.isPresent() && text.indexOf('&') >= 0 && ExpandedSize.of(root.get()) > limits.maxExpandedValues()) {
                problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.at(lines.positionAt(0)),
                        "Aliases expand this document to more than " + limits.maxExpandedValues()
                                + " values (an alias bomb?); it is not analysed."));
                return new ParsedDocument(Optional.empty(), problems);
            }
            Optional<TemplateNode> converted = root.map(converter::convert);
            return new ParsedDocument(converted, problems, converter.aliased);
        } catch (MarkedYamlEngineException e) {
            problems.add(syntaxProblem(e, converter));
        } catch (YamlEngineException e) {
            problems.add(limitOrSyntaxProblem(e.getMessage(), lines));
        } catch (IllegalArgumentException e) {
            // snakeyaml-engine lets a few scanner failures escape unwrapped, e.g. a unicode escape cut off by the end
            // of the text (NumberFormatException); for the user it is a syntax error like any other.
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, lines.rangeOf(Math.max(0, text.length() - 1), text.length()),
                    "YAML syntax error: an escape sequence in a double-quoted string is incomplete or invalid."));
        } catch (StackOverflowError e) {
            problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.at(lines.positionAt(0)),
                    "The document nests too deeply to analyse."));
        }
        return new ParsedDocument(Optional.empty(), problems);
    }

    /**
     * Parses {@code text.substring(start, end)} on its own, positions counted in the whole text, when it is a
     * well-formed fragment without anchors, problems or deeper nesting than the limit allows (it nests
     * {@code depth} levels below the document): the value of one block mapping entry re-parsed after an edit.
     */
    Optional<TemplateNode> parseFragment(String text, LineIndex lines, int start, int end, int depth) {
        String fragment = text.substring(start, end);
        if (fragment.indexOf('&') >= 0 || NestingDepth.estimate(fragment) + depth > limits.maxNestingDepth()) {
            return Optional.empty();
        }
        List<ParseProblem> problems = new ArrayList<>();
        Converter converter = new Converter(text, lines, start, CodePointOffsets.of(fragment), problems);
        try {
            Optional<TemplateNode> root = compose(fragment).map(converter::convert);
            return problems.isEmpty() ? root : Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private Optional<Node> compose(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(Math.max(limits.maxCharacters(), 1))
                .setSchema(new CoreSchema())
                .setAllowNonScalarKeys(true)
                .setUseMarks(true)
                .build();
        return new Compose(settings).composeString(text);
    }

    private static ParseProblem syntaxProblem(MarkedYamlEngineException e, Converter converter) {
        Mark mark = e.getProblemMark().filter(m -> !converter.isAtEnd(m)).or(e::getContextMark).or(e::getProblemMark).orElse(null);
        SourceRange range = mark == null ? SourceRange.of(0, 0, 0, 0) : converter.lineRestFrom(mark);
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(e.getProblem());
        if (e.getContext() != null && !e.getContext().isBlank()) {
            message.append(" (").append(e.getContext());
            e.getContextMark().filter(m -> m != mark).ifPresent(m -> message.append(" at line ").append(m.getLine() + 1));
            message.append(')');
        }
        return new ParseProblem(ParseProblem.Kind.SYNTAX, range, message.toString());
    }

    private static ParseProblem limitOrSyntaxProblem(String message, LineIndex lines) {
        String lower = String.valueOf(message).toLowerCase();
        boolean limit = lower.contains("alias") || lower.contains("code point") || lower.contains("limit");
        String text = limit
                ? "The document exceeds a safety limit and is not analysed: " + message
                : "YAML error: " + message;
        return new ParseProblem(limit ? ParseProblem.Kind.LIMIT : ParseProblem.Kind.SYNTAX,
                SourceRange.at(lines.positionAt(0)), text);
    }

    /**
     * Converts one composed document; shares converted nodes between aliases so expansion stays linear (a text
     * without an anchor has no alias, and skips the bookkeeping).
     */
    private static final class Converter {
        private final String text;
        private final LineIndex lines;
        private final int base;
        private final CodePointOffsets offsets;
        private final List<ParseProblem> problems;
        private static final int SHARED_LENGTH = 64;
        private final Map<Node, TemplateNode> converted;
        private final Map<String, String> texts = new HashMap<>();
        private boolean aliased;

        /** @param base where the parsed text starts in {@code text}; {@code offsets} are the parsed text's own */
        Converter(String text, LineIndex lines, int base, CodePointOffsets offsets, List<ParseProblem> problems) {
            this.text = text;
            this.lines = lines;
            this.base = base;
            this.offsets = offsets;
            this.problems = problems;
            this.converted = text.indexOf('&') >= 0 ? new IdentityHashMap<>() : null;
        }

        /**
         * One instance of each short text: keys and values such as Type, Properties or Ref repeat thousands of times
         * in a large template, and the parser makes a string for each.
         */
        private String shared(String value) {
            return value.length() > SHARED_LENGTH ? value : texts.computeIfAbsent(value, v -> v);
        }

        private int offsetOf(Mark mark) {
            return base + offsets.utf16Offset(mark.getIndex());
        }

        TemplateNode convert(Node node) {
            if (converted == null) {
                return convertTagged(node, rangeOf(node));
            }
            TemplateNode known = converted.get(node);
            if (known != null) {
                aliased = true;
                return known;
            }
            TemplateNode result = convertTagged(node, rangeOf(node));
            converted.put(node, result);
            return result;
        }

        private TemplateNode convertTagged(Node node, SourceRange range) {
            if (!isLocalTag(node.getTag())) {
                return convertPlain(node, range);
            }
            String tag = node.getTag().getValue();
            Optional<String> function = Intrinsics.forTag(tag);
            int start = startOffset(node);
            SourceRange nameRange = lines.rangeOf(start, Math.min(start + tag.length(), text.length()));
            if (function.isEmpty()) {
                problems.add(new ParseProblem(ParseProblem.Kind.UNKNOWN_TAG, nameRange,
                        "Unknown tag " + tag + ": CloudFormation only understands intrinsic function tags such as !Ref and !Sub, "
                                + "so this works only if a tool (a preprocessor such as rain) replaces it before deployment."));
            }
            int argumentStart = skipBlanks(start + tag.length());
            SourceRange argumentRange = lines.rangeOf(Math.min(argumentStart, endOffset(node)), endOffset(node));
            TemplateNode argument = convertPlain(node, argumentRange);
            // An unknown tag becomes an opaque call: whatever the preprocessor produces is not ours to validate.
            return new IntrinsicNode(function.orElse(tag.substring(1)), argument, nameRange, true, range);
        }

        private TemplateNode convertPlain(Node node, SourceRange range) {
            return switch (node.getNodeType()) {
                case SCALAR -> scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) node, range);
                case SEQUENCE -> sequence((org.snakeyaml.engine.v2.nodes.SequenceNode) node, range);
                case MAPPING -> mapping((org.snakeyaml.engine.v2.nodes.MappingNode) node, range);
                case ANCHOR -> convert(((org.snakeyaml.engine.v2.nodes.AnchorNode) node).getRealNode());
            };
        }

        private ScalarNode scalar(org.snakeyaml.engine.v2.nodes.ScalarNode node, SourceRange range) {
            return new ScalarNode(shared(node.getValue()), kindOf(node), styleOf(node), range);
        }

        private static ScalarKind kindOf(org.snakeyaml.engine.v2.nodes.ScalarNode node) {
            Tag tag = node.getTag();
            if (!node.isPlain()) {
                return ScalarKind.STRING;
            }
            if (Tag.INT.equals(tag)) {
                return ScalarKind.INTEGER;
            }
            if (Tag.FLOAT.equals(tag)) {
                return ScalarKind.FLOAT;
            }
            if (Tag.BOOL.equals(tag)) {
                return ScalarKind.BOOLEAN;
            }
            if (Tag.NULL.equals(tag)) {
                return ScalarKind.NULL;
            }
            return ScalarKind.STRING;
        }

        private static ScalarStyle styleOf(org.snakeyaml.engine.v2.nodes.ScalarNode node) {
            return switch (node.getScalarStyle()) {
                case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
                case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
                case LITERAL -> ScalarStyle.LITERAL;
                case FOLDED -> ScalarStyle.FOLDED;
                case PLAIN -> ScalarStyle.PLAIN;
            };
        }

        private SequenceNode sequence(org.snakeyaml.engine.v2.nodes.SequenceNode node, SourceRange range) {
            List<TemplateNode> items = new ArrayList<>(node.getValue().size());
            for (Node item : node.getValue()) {
                items.add(convert(item));
            }
            boolean flow = node.getFlowStyle() == FlowStyle.FLOW;
            return new SequenceNode(items, flow, flow || items.isEmpty() ? range
                    : blockRange(range, items.size() > 1 ? items.get(items.size() - 2).range().end() : range.start(),
                            items.get(items.size() - 1).range()));
        }

        private TemplateNode mapping(org.snakeyaml.engine.v2.nodes.MappingNode node, SourceRange range) {
            List<MappingEntry> entries = new ArrayList<>(node.getValue().size());
            Map<String, ScalarNode> seen = new HashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                ScalarNode key = key(tuple.getKeyNode());
                ScalarNode first = seen.putIfAbsent(key.value(), key);
                if (first != null) {
                    problems.add(ParseProblem.duplicateKey(key, first));
                }
                entries.add(new MappingEntry(key, convert(tuple.getValueNode())));
            }
            boolean flow = node.getFlowStyle() == FlowStyle.FLOW;
            MappingNode mapping = new MappingNode(entries, flow, flow || entries.isEmpty() ? range
                    : blockRange(range, entries.get(entries.size() - 1).key().range().end(), entries.get(entries.size() - 1).value().range()));
            return LongFormIntrinsics.recognise(mapping);
        }

        /**
         * A block collection ends where its last value ends (its end mark would take in trailing comments) — unless
         * that value is an alias, whose shared node carries the anchor's earlier range; then the mark is all we have.
         */
        private static SourceRange blockRange(SourceRange marks, SourcePosition lastValueFollows, SourceRange lastValue) {
            return !lastValueFollows.isAfter(lastValue.start()) && !lastValue.end().isAfter(marks.end())
                    ? new SourceRange(marks.start(), lastValue.end()) : marks;
        }

        private ScalarNode key(Node node) {
            SourceRange range = rangeOf(node);
            if (node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalar && !isLocalTag(scalar.getTag())) {
                return new ScalarNode(shared(scalar.getValue()), ScalarKind.STRING, styleOf(scalar), range);
            }
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, range,
                    "Mapping keys must be plain strings in a CloudFormation template."));
            return new ScalarNode(text.substring(startOffset(node), endOffset(node)), ScalarKind.STRING, ScalarStyle.PLAIN, range);
        }

        private static boolean isLocalTag(Tag tag) {
            return tag.getValue().startsWith("!") && tag.getValue().length() > 1;
        }

        private SourceRange rangeOf(Node node) {
            return lines.rangeOf(startOffset(node), endOffset(node));
        }

        /** Where the node's own text starts: after an anchor ({@code &name}), which edits must never overwrite. */
        private int startOffset(Node node) {
            int start = node.getStartMark().map(this::offsetOf).orElse(base);
            if (node.getAnchor().isPresent() && text.startsWith("&" + node.getAnchor().get().getValue(), start)) {
                return skipBlanks(start + 1 + node.getAnchor().get().getValue().length());
            }
            return start;
        }

        private int endOffset(Node node) {
            int end = node.getEndMark().map(this::offsetOf).orElse(startOffset(node));
            // Block scalars and block collections end on the next line's start; trim back to the content.
            while (end > startOffset(node) && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }

        private int skipBlanks(int offset) {
            int i = offset;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }

        /** True when nothing but white space follows the mark: an error "at the end" is better shown where it began. */
        boolean isAtEnd(Mark mark) {
            return text.substring(Math.min(offsetOf(mark), text.length())).isBlank();
        }

        SourceRange lineRestFrom(Mark mark) {
            int start = Math.min(offsetOf(mark), text.length());
            SourcePosition position = lines.positionAt(start);
            int lineEnd = lines.lineEnd(position.line());
            if (lineEnd > start) {
                return lines.rangeOf(start, lineEnd);
            }
            return lines.rangeOf(lines.lineStart(position.line()), lineEnd);
        }
    }
}
