package dev.cfnlsp.edit;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.ScalarStyle;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * How a document is written, so that inserted text looks like its neighbours: the indentation unit (spaces, or a
 * tab in JSON), the line ending, whether YAML uses short-form tags ({@code !Ref}), whether block sequences are
 * indented under their key, and which quote YAML strings use.
 */
public record DocumentStyle(TemplateFormat format, String indentUnit, String lineEnding, boolean shortFormTags,
                            boolean indentedSequences, char quote) {

    public static DocumentStyle of(Template template) {
        return template.derived(DocumentStyle.class, DocumentStyle::survey);
    }

    private static DocumentStyle survey(Template template) {
        Survey survey = new Survey();
        template.root().ifPresent(survey::visit);
        String text = template.text();
        String lineEnding = text.contains("\r\n") ? "\r\n" : "\n";
        String indentUnit = template.format() == TemplateFormat.JSON && text.contains("\n\t") ? "\t"
                : " ".repeat(survey.mostCommonIndentStep());
        return new DocumentStyle(template.format(), indentUnit, lineEnding, survey.shortForms >= survey.longForms,
                survey.indentedSequences >= survey.flushSequences, survey.singleQuotes > survey.doubleQuotes ? '\'' : '"');
    }

    public String indent(int levels) {
        return indentUnit.repeat(levels);
    }

    /**
     * Counts how the existing text is written; the majority decides. The first {@value #SAMPLE} values are enough to
     * tell: surveying a template of 10,000 resources whole cost more than the rest of the analysis of an edit.
     */
    private static final class Survey {
        private static final int SAMPLE = 10_000;
        private int visited;
        private final Map<Integer, Integer> indentSteps = new HashMap<>();
        private int shortForms;
        private int longForms;
        private int indentedSequences;
        private int flushSequences;
        private int singleQuotes;
        private int doubleQuotes;

        void visit(TemplateNode node) {
            if (++visited > SAMPLE) {
                return;
            }
            if (node instanceof MappingNode mapping) {
                for (int i = 0; i < mapping.entries().size() && visited <= SAMPLE; i++) {
                    visitEntry(mapping.entries().get(i));
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.items().forEach(this::visit);
            } else if (node instanceof IntrinsicNode intrinsic) {
                if (intrinsic.shortForm()) {
                    shortForms++;
                } else {
                    longForms++;
                }
                visit(intrinsic.argument());
            } else if (node instanceof ScalarNode scalar) {
                if (scalar.style() == ScalarStyle.SINGLE_QUOTED) {
                    singleQuotes++;
                } else if (scalar.style() == ScalarStyle.DOUBLE_QUOTED) {
                    doubleQuotes++;
                }
            }
        }

        private void visitEntry(MappingEntry entry) {
            int keyColumn = entry.key().range().start().character();
            int keyLine = entry.key().range().start().line();
            TemplateNode value = entry.value();
            boolean startsBelow = value.range().start().line() > keyLine;
            if (value instanceof MappingNode child && !child.isEmpty()
                    && child.entries().get(0).key().range().start().line() > keyLine) {
                int step = child.entries().get(0).key().range().start().character() - keyColumn;
                if (step > 0) {
                    indentSteps.merge(step, 1, Integer::sum);
                }
            }
            if (startsBelow && value instanceof SequenceNode sequence && !sequence.flow()) {
                if (value.range().start().character() > keyColumn) {
                    indentedSequences++;
                } else {
                    flushSequences++;
                }
            }
            visit(value);
        }

        int mostCommonIndentStep() {
            return indentSteps.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> e.getValue())
                            .thenComparingInt(e -> -e.getKey()))
                    .map(Map.Entry::getKey)
                    .orElse(2);
        }
    }
}
