package dev.cfnlsp.rules.outputs;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "output-export-duplicate", title = "Two outputs export the same name", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E6003")
public final class DuplicateExportRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Map<String, String> firstExporter = new HashMap<>();
        for (Declaration output : context.template().declarations(DeclarationKind.OUTPUT).values()) {
            Optional<TemplateNode> name = output.mapping()
                    .flatMap(body -> body.mapping("Export"))
                    .flatMap(export -> export.get("Name"));
            Optional<String> key = name.flatMap(DuplicateExportRule::comparableName);
            if (key.isEmpty()) {
                continue;
            }
            String previous = firstExporter.putIfAbsent(key.get(), output.name());
            if (previous != null) {
                context.report(name.get().range(), "Output '" + output.name() + "' exports the same name as output '"
                        + previous + "'; export names must be unique in a region, so the stack would fail to deploy.");
            }
        }
    }

    /** A literal name, or the text of an Fn::Sub string: two identical Sub strings always expand to the same name. */
    private static Optional<String> comparableName(TemplateNode name) {
        if (name instanceof ScalarNode scalar) {
            return Optional.of(scalar.value());
        }
        if (name instanceof IntrinsicNode sub && sub.is(Intrinsics.SUB) && sub.argument() instanceof ScalarNode text) {
            return Optional.of(text.value());
        }
        return Optional.empty();
    }
}
