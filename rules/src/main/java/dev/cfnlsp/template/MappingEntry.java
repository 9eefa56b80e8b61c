package dev.cfnlsp.template;

/** One key/value pair of a mapping; the key keeps its own range so findings can underline just the key. */
public record MappingEntry(ScalarNode key, TemplateNode value) {

    public String name() {
        return key.value();
    }
}
