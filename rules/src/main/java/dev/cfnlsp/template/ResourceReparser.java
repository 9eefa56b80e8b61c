package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Re-parses only the resource an edit falls in; the re-parsed resource replaces its earlier model, and everything
 * after it moves by the lines the edit added or removed.
 * <ul>
 * <li>YAML, when Resources is a block mapping: the text from the resource's key line to the next resource (or
 * section) is parsed on its own.</li>
 * <li>JSON: the resource's object, when the edit lies between its braces and ends on an earlier line than its
 * closing brace (so nothing after that brace moves sideways).</li>
 * </ul>
 * Whatever it cannot prove unaffected (a YAML anchor, a problem, an edit across two resources, a changed logical id)
 * is left to a full parse.
 */
final class ResourceReparser {
    private static final String RESOURCES = DeclarationKind.RESOURCE.section();
    /** How deeply a resource's value nests in the document: root, then Resources. */
    private static final int RESOURCE_DEPTH = 2;

    private final YamlTemplateParser yaml;
    private final JsonTemplateParser json;

    ResourceReparser(YamlTemplateParser yaml, JsonTemplateParser json) {
        this.yaml = yaml;
        this.json = json;
    }

    Optional<Template> reparse(Template previous, String text) {
        boolean isJson = previous.format() == TemplateFormat.JSON;
        Optional<MappingNode> root = previous.rootMapping().filter(r -> r.flow() == isJson);
        if (!previous.problems().isEmpty() || root.isEmpty() || previous.text().equals(text)
                || !isJson && previous.text().indexOf('&') >= 0) {
            return Optional.empty();
        }
        int section = indexOf(root.get(), RESOURCES);
        if (section < 0 || !(root.get().entries().get(section).value() instanceof MappingNode resources)
                || resources.flow() != isJson || resources.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = new Edit(previous, text);
        return isJson ? edit.reparseObject(root.get(), section, resources) : edit.reparseBlock(root.get(), section, resources);
    }

    private static int indexOf(MappingNode mapping, String key) {
        List<MappingEntry> entries = mapping.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).name().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** One edit, as the span of the old text that differs from the new. */
    private final class Edit {
        private final Template previous;
        private final String old;
        private final String text;
        private final int start;
        private final int oldEnd;

        Edit(Template previous, String text) {
            this.previous = previous;
            this.old = previous.text();
            this.text = text;
            int limit = Math.min(old.length(), text.length());
            int prefix = 0;
            while (prefix < limit && old.charAt(prefix) == text.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < limit - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
                suffix++;
            }
            this.start = prefix;
            this.oldEnd = old.length() - suffix;
        }

        Optional<Template> reparseBlock(MappingNode root, int section, MappingNode resources) {
            List<MappingEntry> entries = resources.entries();
            int index = lastStartingBefore(entries, this::lineStartOf);
            if (index < 0) {
                return Optional.empty();
            }
            int blockStart = lineStartOf(entries.get(index));
            int blockEnd = index + 1 < entries.size() ? lineStartOf(entries.get(index + 1))
                    : section + 1 < root.entries().size() ? lineStartOf(root.entries().get(section + 1)) : old.length();
            int newEnd = newOffset(blockEnd);
            boolean nextStillStartsALine = newEnd == text.length() || newEnd > blockStart && text.charAt(newEnd - 1) == '\n';
            if (oldEnd > blockEnd || !nextStillStartsALine) {
                return Optional.empty();
            }
            LineIndex lines = previous.lines().edited(text, start, oldEnd);
            MappingEntry before = entries.get(index);
            return yaml.parseFragment(text, lines, blockStart, newEnd, RESOURCE_DEPTH)
                    .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                    .filter(m -> !m.flow() && m.entries().size() == 1)
                    .map(m -> m.entries().get(0))
                    .filter(e -> e.name().equals(before.name()) && e.key().range().equals(before.key().range()))
                    .flatMap(after -> splice(root, section, index, after, lines));
        }

        Optional<Template> reparseObject(MappingNode root, int section, MappingNode resources) {
            List<MappingEntry> entries = resources.entries();
            int index = lastStartingBefore(entries, entry -> offsetOf(entry.key().range().start()));
            if (index < 0 || !(entries.get(index).value() instanceof MappingNode object)) {
                return Optional.empty();
            }
            int objectStart = offsetOf(object.range().start());
            int closingLine = object.range().end().line();
            if (start <= objectStart || previous.lines().positionAt(oldEnd).line() >= closingLine) {
                return Optional.empty();
            }
            LineIndex lines = previous.lines().edited(text, start, oldEnd);
            MappingEntry before = entries.get(index);
            return json.parseFragment(text, lines, objectStart, newOffset(offsetOf(object.range().end())), RESOURCE_DEPTH)
                    .filter(MappingNode.class::isInstance)
                    .flatMap(after -> splice(root, section, index, new MappingEntry(before.key(), after), lines));
        }

        /** The last entry that starts at or before the edit, or -1. */
        private int lastStartingBefore(List<MappingEntry> entries, ToIntFunction<MappingEntry> startOf) {
            int low = 0;
            int high = entries.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (startOf.applyAsInt(entries.get(middle)) > start) {
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
            return high;
        }

        private int lineStartOf(MappingEntry entry) {
            return previous.lines().lineStart(entry.key().range().start().line());
        }

        private int offsetOf(SourcePosition position) {
            return previous.lines().offsetAt(position);
        }

        /** Where an offset of the old text at or after the edit is in the new text. */
        private int newOffset(int oldOffset) {
            return oldOffset + text.length() - old.length();
        }

        private Optional<Template> splice(MappingNode root, int section, int index, MappingEntry resource, LineIndex lines) {
            LineShift shift = new LineShift(lines.lineCount() - previous.lines().lineCount());
            MappingNode resources = (MappingNode) root.entries().get(section).value();
            MappingNode newResources = replaced(resources, index, resource, shift);
            if (!(LongFormIntrinsics.recognise(newResources) instanceof MappingNode)) {
                return Optional.empty();
            }
            MappingNode newRoot = replaced(root, section, new MappingEntry(root.entries().get(section).key(), newResources), shift);
            return Optional.of(new Template(previous.uri(), text, previous.format(), lines, Optional.of(newRoot), List.of(),
                    Optional.of(previous), false, Optional.of(new Revision(old, start, oldEnd, newOffset(oldEnd)))));
        }

        /**
         * The mapping with entry {@code index} replaced and the entries after it shifted; a block mapping ends where its
         * last value does, a flow mapping at its closing brace, which is after the edit.
         */
        private static MappingNode replaced(MappingNode mapping, int index, MappingEntry entry, LineShift shift) {
            List<MappingEntry> entries = new ArrayList<>(mapping.entries().size());
            for (int i = 0; i < mapping.entries().size(); i++) {
                entries.add(i < index ? mapping.entries().get(i) : i == index ? entry : shift.of(mapping.entries().get(i)));
            }
            SourcePosition end = mapping.flow() ? shift.of(mapping.range()).end() : entries.get(entries.size() - 1).value().range().end();
            return new MappingNode(entries, mapping.flow(), new SourceRange(mapping.range().start(), end));
        }
    }
}
