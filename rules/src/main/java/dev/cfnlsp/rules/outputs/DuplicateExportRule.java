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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "output-export-duplicate", title = "Two outputs export the same name", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E6003",
        readsTypes = {})
public final class DuplicateExportRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Map<String, List<Declaration>> exporters = new HashMap<>();
        for (Declaration output : context.template().declarations(DeclarationKind.OUTPUT).values()) {
            Optional<TemplateNode> name = output.mapping()
                    .flatMap(body -> body.mapping("Export"))
                    .flatMap(export -> export.get("Name"));
            Optional<String> key = name.flatMap(DuplicateExportRule::comparableName);
            if (key.isEmpty()) {
                continue;
            }
            List<Declaration> earlier = exporters.computeIfAbsent(key.get(), k -> new ArrayList<>());
            earlier.stream().filter(previous -> mayCoexist(previous, output)).findFirst().ifPresent(previous ->
                    context.report(name.get().range(), "Output '" + output.name() + "' exports the same name as output '"
                            + previous.name() + "'; export names must be unique in a region, so the stack would fail to deploy."));
            earlier.add(output);
        }
    }

    /** Outputs guarded by two different conditions may never exist together; we cannot prove they clash. */
    private static boolean mayCoexist(Declaration first, Declaration second) {
        Optional<String> a = condition(first);
        Optional<String> b = condition(second);
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static Optional<String> condition(Declaration output) {
        return output.mapping().flatMap(body -> body.text("Condition"));
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
