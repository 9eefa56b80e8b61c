package dev.cfnlsp.rules.network;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.ScalarStyle;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * Value replacements for the fixes of the network, EC2, load-balancer, Auto Scaling and region rules, working around
 * two limits of {@link TemplateEdits}: a node's range starts at its YAML anchor ({@code &name}), so a plain
 * replacement would drop the anchor and break every alias of it; and strings inside YAML flow collections are left
 * plain even when they hold flow indicators such as the braces of {@code ${AWS::Region}}.
 */
public final class ValueEdits {
    /** Sections in the order CloudFormation documents them; a new section goes after those that precede it. */
    private static final List<String> SECTION_ORDER = List.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs");

    private ValueEdits() {
    }

    /** Replaces a value with one written inline, keeping an anchor written before it. */
    public static TextEdit replace(Template template, TemplateEdits edits, TemplateNode node, EditValue value) {
        return keepAnchor(template, edits.replaceValue(node, value));
    }

    /** Rewrites a scalar's text: quoted scalars keep their quotes, plain ones get quotes when the new text needs them. */
    public static TextEdit replaceText(Template template, TemplateEdits edits, ScalarNode scalar, String text) {
        boolean quoted = scalar.style() == ScalarStyle.SINGLE_QUOTED || scalar.style() == ScalarStyle.DOUBLE_QUOTED;
        return keepAnchor(template, quoted ? edits.replaceScalar(scalar, text) : edits.replaceValue(scalar, EditValue.text(text)));
    }

    /** Rewrites a scalar keeping its style exactly (a plain number stays plain), for values that need no quotes. */
    public static TextEdit replaceKeepingStyle(Template template, TemplateEdits edits, ScalarNode scalar, String text) {
        return keepAnchor(template, edits.replaceScalar(scalar, text));
    }

    /** A string that is quoted wherever it is written: in YAML with the document's quote, in JSON as always. */
    public static EditValue quoted(DocumentStyle style, String text) {
        if (style.format() == TemplateFormat.JSON) {
            return EditValue.text(text);
        }
        return new EditValue.Literal(quote(style.quote(), text));
    }

    /** {@code text} in YAML quotes of the given kind. */
    public static String quote(char quote, String text) {
        return quote == '\'' ? "'" + text.replace("'", "''") + "'"
                : '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Adds a top-level section (Parameters, Mappings) after the sections that precede it in CloudFormation's order,
     * or at the end of the template when none of them is present.
     */
    public static TextEdit insertSection(Template template, TemplateEdits edits, String section, EditValue value) {
        MappingNode root = template.rootMapping().orElseThrow(() -> new IllegalStateException("no template root"));
        Optional<String> before = SECTION_ORDER.subList(0, SECTION_ORDER.indexOf(section)).stream()
                .filter(name -> root.entry(name).isPresent())
                .reduce((first, second) -> root.entries().indexOf(root.entry(first).get())
                        > root.entries().indexOf(root.entry(second).get()) ? first : second);
        return before.map(name -> edits.insertEntryAfter(root, name, section, value))
                .orElseGet(() -> edits.insertEntry(root, section, value));
    }

    /** Moves the start of a replacement past an anchor ({@code &name}) so that aliases of the node still resolve. */
    private static TextEdit keepAnchor(Template template, TextEdit edit) {
        LineIndex lines = template.lines();
        String text = template.text();
        int start = lines.offsetAt(edit.range().start());
        int end = lines.offsetAt(edit.range().end());
        int position = start;
        while (position < end && text.charAt(position) == '&') {
            while (position < end && !Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            while (position < end && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }
        return position == start ? edit : new TextEdit(lines.rangeOf(position, end), edit.newText());
    }
}
