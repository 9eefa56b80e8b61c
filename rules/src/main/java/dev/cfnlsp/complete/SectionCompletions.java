package dev.cfnlsp.complete;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The top-level sections not yet in the template, in the order CloudFormation documents them. */
final class SectionCompletions implements CompletionSource {
    private static final String FORMAT_VERSION = "AWSTemplateFormatVersion";
    private static final Map<String, ValueShape> SECTIONS = sections();

    private static Map<String, ValueShape> sections() {
        Map<String, ValueShape> sections = new LinkedHashMap<>();
        sections.put(FORMAT_VERSION, ValueShape.SCALAR);
        sections.put("Description", ValueShape.SCALAR);
        sections.put("Metadata", ValueShape.OBJECT);
        sections.put("Parameters", ValueShape.OBJECT);
        sections.put("Rules", ValueShape.OBJECT);
        sections.put("Mappings", ValueShape.OBJECT);
        sections.put("Conditions", ValueShape.OBJECT);
        sections.put("Transform", ValueShape.SCALAR);
        sections.put("Resources", ValueShape.OBJECT);
        sections.put("Outputs", ValueShape.OBJECT);
        return sections;
    }

    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.KEY || !cursor.is()) {
            return List.of();
        }
        KeySnippets snippets = new KeySnippets(input);
        List<Completion> items = new ArrayList<>();
        SECTIONS.forEach((name, shape) -> {
            if (!cursor.presentKeys().contains(name)) {
                // Quoted in YAML too: YAML 1.1 tools read a bare 2010-09-09 as a date.
                String value = name.equals(FORMAT_VERSION) ? "\"2010-09-09\"" : "$0";
                items.add(Insertions.key(input, name, snippets.entry(name, shape, cursor.indent(), value),
                        CompletionKind.SECTION, null));
            }
        });
        return items;
    }
}
