package dev.cfnlsp.server;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;

/** A fold for every key whose value spans several lines, and for every multi-line list item. */
final class FoldingProvider {

    List<FoldingRange> folds(Template template) {
        List<FoldingRange> folds = new ArrayList<>();
        template.root().ifPresent(root -> collect(root, folds));
        return folds;
    }

    private static void collect(TemplateNode node, List<FoldingRange> folds) {
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                add(entry.key().range().start().line(), entry.value().range().end().line(), folds);
                collect(entry.value(), folds);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (TemplateNode item : sequence.items()) {
                add(item.range().start().line(), item.range().end().line(), folds);
                collect(item, folds);
            }
        } else if (node instanceof IntrinsicNode intrinsic) {
            collect(intrinsic.argument(), folds);
        }
    }

    private static void add(int startLine, int endLine, List<FoldingRange> folds) {
        if (endLine > startLine) {
            folds.add(new FoldingRange(startLine, endLine));
        }
    }
}
