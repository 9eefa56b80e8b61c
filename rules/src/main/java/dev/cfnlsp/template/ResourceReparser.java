package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-parses only the resource an edit falls in, in a YAML template whose Resources are a block mapping: the text from
 * the resource's key line to the next resource (or section) is parsed on its own and replaces that resource in the
 * previous model, and what follows moves by the lines the edit added or removed. Whatever it cannot prove unaffected
 * (an anchor, a problem, an edit across two resources, a changed logical id) is left to a full parse.
 */
final class ResourceReparser {
    private static final String RESOURCES = DeclarationKind.RESOURCE.section();

    private final YamlTemplateParser yaml;

    ResourceReparser(YamlTemplateParser yaml) {
        this.yaml = yaml;
    }

    Optional<Template> reparse(Template previous, String text) {
        Optional<MappingNode> root = previous.rootMapping().filter(r -> !r.flow());
        if (previous.format() != TemplateFormat.YAML || !previous.problems().isEmpty() || root.isEmpty()
                || previous.text().indexOf('&') >= 0 || previous.text().equals(text)) {
            return Optional.empty();
        }
        int section = indexOf(root.get(), RESOURCES);
        if (section < 0 || !(root.get().entries().get(section).value() instanceof MappingNode resources)
                || resources.flow() || resources.isEmpty()) {
            return Optional.empty();
        }
        return new Edit(previous, text).reparse(root.get(), section, resources);
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

        Optional<Template> reparse(MappingNode root, int section, MappingNode resources) {
            List<MappingEntry> entries = resources.entries();
            int index = lastBlockStartingBefore(entries);
            if (index < 0) {
                return Optional.empty();
            }
            int blockStart = lineStartOf(entries.get(index).key());
            int blockEnd = index + 1 < entries.size() ? lineStartOf(entries.get(index + 1).key())
                    : section + 1 < root.entries().size() ? lineStartOf(root.entries().get(section + 1).key()) : old.length();
            int newEnd = blockEnd + text.length() - old.length();
            boolean nextStillStartsALine = newEnd == text.length() || newEnd > blockStart && text.charAt(newEnd - 1) == '\n';
            if (oldEnd > blockEnd || !nextStillStartsALine) {
                return Optional.empty();
            }
            LineIndex lines = previous.lines().edited(text, start, oldEnd);
            MappingEntry before = entries.get(index);
            return yaml.parseFragment(text, lines, blockStart, newEnd, 2)
                    .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                    .filter(m -> !m.flow() && m.entries().size() == 1)
                    .map(m -> m.entries().get(0))
                    .filter(e -> e.name().equals(before.name()) && e.key().range().equals(before.key().range()))
                    .flatMap(after -> splice(root, section, index, after, lines));
        }

        private int lastBlockStartingBefore(List<MappingEntry> entries) {
            int low = 0;
            int high = entries.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (lineStartOf(entries.get(middle).key()) > start) {
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
            return high;
        }

        private int lineStartOf(ScalarNode key) {
            return previous.lines().lineStart(key.range().start().line());
        }

        private Optional<Template> splice(MappingNode root, int section, int index, MappingEntry resource, LineIndex lines) {
            LineShift shift = new LineShift(lines.lineCount() - previous.lines().lineCount());
            MappingNode resources = (MappingNode) root.entries().get(section).value();
            MappingNode newResources = replaced(resources, index, resource, shift);
            if (!(LongFormIntrinsics.recognise(newResources) instanceof MappingNode)) {
                return Optional.empty();
            }
            MappingNode newRoot = replaced(root, section, new MappingEntry(root.entries().get(section).key(), newResources), shift);
            return Optional.of(new Template(previous.uri(), text, TemplateFormat.YAML, lines, Optional.of(newRoot), List.of(),
                    Optional.of(previous), false, Optional.of(new Revision(old, start, oldEnd, oldEnd + text.length() - old.length()))));
        }

        /** The block mapping with entry {@code index} replaced and the entries after it shifted. */
        private static MappingNode replaced(MappingNode mapping, int index, MappingEntry entry, LineShift shift) {
            List<MappingEntry> entries = new ArrayList<>(mapping.entries().size());
            for (int i = 0; i < mapping.entries().size(); i++) {
                entries.add(i < index ? mapping.entries().get(i) : i == index ? entry : shift.of(mapping.entries().get(i)));
            }
            SourcePosition end = entries.get(entries.size() - 1).value().range().end();
            return new MappingNode(entries, false, new SourceRange(mapping.range().start(), end));
        }
    }
}
