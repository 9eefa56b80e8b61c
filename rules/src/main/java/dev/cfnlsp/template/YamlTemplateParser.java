package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Builds the template model from YAML with snakeyaml-engine, keeping a range on every key and value. It builds from
 * the parser's events, not from a composed node tree: for a large document that tree, with two marks per node, took
 * several times the memory of the model it was converted into.
 */
final class YamlTemplateParser {
    private static final CoreSchema SCHEMA = new CoreSchema();

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
        Converter converter = new Converter(text, lines, 0, CodePointOffsets.of(text), problems, limits.maxAliases());
        try {
            Optional<TemplateNode> root = converter.document(events(text));
            // Aliases share the value they repeat, so the model stays as small as the text; walks of it do not.
            if (root.isPresent() && converter.aliased && ExpandedSize.of(root.get()) > limits.maxExpandedValues()) {
                problems.add(new ParseProblem(ParseProblem.Kind.LIMIT, SourceRange.at(lines.positionAt(0)),
                        "Aliases expand this document to more than " + limits.maxExpandedValues()
                                + " values (an alias bomb?); it is not analysed."));
                return new ParsedDocument(Optional.empty(), problems);
            }
            return new ParsedDocument(root, problems, converter.aliased);
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
        Converter converter = new Converter(text, lines, start, CodePointOffsets.of(fragment), problems, limits.maxAliases());
        try {
            Optional<TemplateNode> root = converter.document(events(fragment));
            return problems.isEmpty() ? root : Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private Iterator<Event> events(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(Math.max(limits.maxCharacters(), 1))
                .setSchema(SCHEMA)
                .setUseMarks(true)
                .build();
        return new Parse(settings).parseString(text).iterator();
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
     * Builds the model of one document from parser events. A value with an anchor is remembered, and an alias
     * shares it (so expansion stays linear); a mapping with a merge key ({@code <<}) takes in the entries of the
     * mappings merged into it, as the YAML merge convention that {@code aws cloudformation package} applies.
     */
    private static final class Converter {
        private static final int SHARED_LENGTH = 64;
        private static final ScalarResolver RESOLVER = SCHEMA.getScalarResolver();
        private final String text;
        private final LineIndex lines;
        private final int base;
        private final CodePointOffsets offsets;
        private final List<ParseProblem> problems;
        private final int maxCollectionAliases;
        private final Map<Anchor, TemplateNode> anchors = new HashMap<>();
        private final Map<String, String> texts = new HashMap<>();
        private Iterator<Event> events;
        private int collectionAliases;
        boolean aliased;

        /** @param base where the parsed text starts in {@code text}; {@code offsets} are the parsed text's own */
        Converter(String text, LineIndex lines, int base, CodePointOffsets offsets, List<ParseProblem> problems, int maxCollectionAliases) {
            this.text = text;
            this.lines = lines;
            this.base = base;
            this.offsets = offsets;
            this.problems = problems;
            this.maxCollectionAliases = maxCollectionAliases;
        }

        /** The single document of the stream; none for an empty stream. */
        Optional<TemplateNode> document(Iterator<Event> stream) {
            this.events = stream;
            next(Event.ID.StreamStart);
            Event event = events.next();
            if (event.getEventId() == Event.ID.StreamEnd) {
                return Optional.empty();
            }
            Event start = event;
            TemplateNode root = node(events.next());
            next(Event.ID.DocumentEnd);
            Event after = events.next();
            if (after.getEventId() != Event.ID.StreamEnd) {
                throw new ComposerException("expected a single document in the stream", start.getStartMark(),
                        "but found another document", after.getStartMark());
            }
            return Optional.of(root);
        }

        private void next(Event.ID expected) {
            Event event = events.next();
            if (event.getEventId() != expected) {
                throw new ComposerException("expected " + expected + " but found " + event.getEventId(), event.getStartMark());
            }
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

        private TemplateNode node(Event event) {
            TemplateNode node = switch (event.getEventId()) {
                case Alias -> alias((AliasEvent) event);
                case Scalar -> tagged((ScalarEvent) event, ((ScalarEvent) event).getTag(), event.getEndMark(),
                        range -> scalar((ScalarEvent) event, range));
                case SequenceStart -> sequence((CollectionStartEvent) event);
                case MappingStart -> mapping((CollectionStartEvent) event);
                default -> throw new ComposerException("unexpected " + event.getEventId(), event.getStartMark());
            };
            if (event instanceof NodeEvent nodeEvent && event.getEventId() != Event.ID.Alias) {
                nodeEvent.getAnchor().ifPresent(anchor -> anchors.put(anchor, node));
            }
            return node;
        }

        private TemplateNode alias(AliasEvent event) {
            TemplateNode known = anchors.get(event.getAlias());
            if (known == null) {
                throw new ComposerException("found undefined alias " + event.getAlias(), event.getStartMark());
            }
            if (!(known instanceof ScalarNode) && ++collectionAliases > maxCollectionAliases) {
                throw new YamlEngineException("Number of aliases for non-scalar nodes exceeds the specified max=" + maxCollectionAliases);
            }
            aliased = true;
            return known;
        }

        /** The value, wrapped in an intrinsic function call when a local tag ({@code !Ref}) is written before it. */
        private TemplateNode tagged(NodeEvent start, Optional<String> tag, Optional<Mark> end,
                                    Function<SourceRange, TemplateNode> value) {
            int startOffset = startOffset(start);
            int endOffset = endOffset(startOffset, end);
            SourceRange range = lines.rangeOf(startOffset, endOffset);
            if (tag.filter(YamlTemplateParser::isLocalTag).isEmpty()) {
                return value.apply(range);
            }
            String name = tag.get();
            Optional<String> function = Intrinsics.forTag(name);
            SourceRange nameRange = lines.rangeOf(startOffset, Math.min(startOffset + name.length(), text.length()));
            if (function.isEmpty()) {
                problems.add(new ParseProblem(ParseProblem.Kind.UNKNOWN_TAG, nameRange,
                        "Unknown tag " + name + ": CloudFormation only understands intrinsic function tags such as !Ref and !Sub, "
                                + "so this works only if a tool (a preprocessor such as rain) replaces it before deployment."));
            }
            int argumentStart = skipBlanks(startOffset + name.length());
            TemplateNode argument = value.apply(lines.rangeOf(Math.min(argumentStart, endOffset), endOffset));
            // An unknown tag becomes an opaque call: whatever the preprocessor produces is not ours to validate.
            return new IntrinsicNode(function.orElse(name.substring(1)), argument, nameRange, true, range);
        }

        private ScalarNode scalar(ScalarEvent event, SourceRange range) {
            return new ScalarNode(shared(event.getValue()), kindOf(event), styleOf(event), range);
        }

        private static ScalarKind kindOf(ScalarEvent event) {
            if (!event.isPlain()) {
                return ScalarKind.STRING;
            }
            Tag tag = event.getTag().filter(t -> !t.equals("!")).map(Tag::new)
                    .orElseGet(() -> RESOLVER.resolve(event.getValue(), event.getImplicit().canOmitTagInPlainScalar()));
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

        private static ScalarStyle styleOf(ScalarEvent event) {
            return switch (event.getScalarStyle()) {
                case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
                case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
                case LITERAL -> ScalarStyle.LITERAL;
                case FOLDED -> ScalarStyle.FOLDED;
                case PLAIN -> ScalarStyle.PLAIN;
            };
        }

        private TemplateNode sequence(CollectionStartEvent start) {
            List<TemplateNode> items = new ArrayList<>();
            Event event = events.next();
            while (event.getEventId() != Event.ID.SequenceEnd) {
                items.add(node(event));
                event = events.next();
            }
            boolean flow = start.isFlow();
            return tagged(start, start.getTag(), event.getEndMark(), range -> new SequenceNode(items, flow, flow || items.isEmpty() ? range
                    : blockRange(range, items.size() > 1 ? items.get(items.size() - 2).range().end() : range.start(),
                            items.get(items.size() - 1).range())));
        }

        private TemplateNode mapping(CollectionStartEvent start) {
            List<MappingEntry> entries = new ArrayList<>();
            Map<String, ScalarNode> seen = new HashMap<>();
            List<TemplateNode> merged = new ArrayList<>();
            Event event = events.next();
            while (event.getEventId() != Event.ID.MappingEnd) {
                ScalarNode key = key(event);
                TemplateNode value = node(events.next());
                if (isMergeKey(event)) {
                    merged.add(value);
                } else {
                    ScalarNode first = seen.putIfAbsent(key.value(), key);
                    if (first != null) {
                        problems.add(ParseProblem.duplicateKey(key, first));
                    }
                }
                entries.add(new MappingEntry(key, value));
                event = events.next();
            }
            boolean flow = start.isFlow();
            List<MappingEntry> written = entries;
            return tagged(start, start.getTag(), event.getEndMark(), range -> {
                SourceRange own = flow || written.isEmpty() ? range
                        : blockRange(range, written.get(written.size() - 1).key().range().end(), written.get(written.size() - 1).value().range());
                return LongFormIntrinsics.recognise(new MappingNode(merged.isEmpty() ? written : withMerged(written, merged), flow, own));
            });
        }

        private static boolean isMergeKey(Event key) {
            return key instanceof ScalarEvent scalar && scalar.isPlain() && scalar.getTag().isEmpty() && scalar.getValue().equals("<<");
        }

        /** The written entries but the merge keys, then those of the merged mappings not written (the first merged wins). */
        private List<MappingEntry> withMerged(List<MappingEntry> written, List<TemplateNode> merged) {
            Map<String, MappingEntry> entries = new LinkedHashMap<>();
            written.stream().filter(e -> !e.name().equals("<<") || e.key().style() != ScalarStyle.PLAIN)
                    .forEach(e -> entries.put(e.name(), e));
            for (TemplateNode source : merged) {
                List<TemplateNode> mappings = source instanceof SequenceNode list ? list.items() : List.of(source);
                for (TemplateNode mapping : mappings) {
                    if (mapping instanceof MappingNode merge) {
                        merge.entries().forEach(e -> entries.putIfAbsent(e.name(), e));
                    } else {
                        problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, mapping.range(),
                                "A merge key (<<) takes a mapping or a list of mappings, usually aliases (*name)."));
                    }
                }
            }
            return new ArrayList<>(entries.values());
        }

        /**
         * A block collection ends where its last value ends (its end mark would take in trailing comments) — unless
         * that value is an alias, whose shared node carries the anchor's earlier range; then the mark is all we have.
         */
        private static SourceRange blockRange(SourceRange marks, SourcePosition lastValueFollows, SourceRange lastValue) {
            return !lastValueFollows.isAfter(lastValue.start()) && !lastValue.end().isAfter(marks.end())
                    ? new SourceRange(marks.start(), lastValue.end()) : marks;
        }

        private ScalarNode key(Event event) {
            if (event instanceof ScalarEvent scalar && scalar.getTag().filter(YamlTemplateParser::isLocalTag).isEmpty()) {
                int start = startOffset(scalar);
                ScalarNode key = new ScalarNode(shared(scalar.getValue()), ScalarKind.STRING, styleOf(scalar),
                        lines.rangeOf(start, endOffset(start, scalar.getEndMark())));
                scalar.getAnchor().ifPresent(anchor -> anchors.put(anchor, key));
                return key;
            }
            TemplateNode key = node(event);
            if (event instanceof AliasEvent && key instanceof ScalarNode scalar) {
                return new ScalarNode(scalar.value(), ScalarKind.STRING, scalar.style(), scalar.range());
            }
            problems.add(new ParseProblem(ParseProblem.Kind.SYNTAX, key.range(),
                    "Mapping keys must be plain strings in a CloudFormation template."));
            return new ScalarNode(text.substring(lines.offsetAt(key.range().start()), lines.offsetAt(key.range().end())),
                    ScalarKind.STRING, ScalarStyle.PLAIN, key.range());
        }

        /** Where the value's own text starts: after an anchor ({@code &name}), which edits must never overwrite. */
        private int startOffset(NodeEvent event) {
            int start = event.getStartMark().map(this::offsetOf).orElse(base);
            if (event.getAnchor().isPresent() && text.startsWith("&" + event.getAnchor().get().getValue(), start)) {
                return skipBlanks(start + 1 + event.getAnchor().get().getValue().length());
            }
            return start;
        }

        private int endOffset(int start, Optional<Mark> endMark) {
            int end = endMark.map(this::offsetOf).orElse(start);
            // Block scalars and block collections end on the next line's start; trim back to the content.
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
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

    private static boolean isLocalTag(String tag) {
        return tag.startsWith("!") && tag.length() > 1;
    }
}
