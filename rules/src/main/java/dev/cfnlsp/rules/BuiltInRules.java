package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rules.limits.TemplateLimitsRule;
import dev.cfnlsp.rules.outputs.DuplicateExportRule;
import dev.cfnlsp.rules.outputs.OutputValueMissingRule;
import dev.cfnlsp.rules.properties.PropertyEnumRule;
import dev.cfnlsp.rules.properties.PropertyPatternRule;
import dev.cfnlsp.rules.properties.PropertyRangeRule;
import dev.cfnlsp.rules.properties.PropertyRequiredRule;
import dev.cfnlsp.rules.properties.PropertyShapeRule;
import dev.cfnlsp.rules.properties.PropertyUnknownRule;
import dev.cfnlsp.rules.references.CircularDependencyRule;
import dev.cfnlsp.rules.references.ConditionUnknownRule;
import dev.cfnlsp.rules.references.DependsOnUnknownRule;
import dev.cfnlsp.rules.references.FindInMapUnknownRule;
import dev.cfnlsp.rules.references.GetAttUnknownRule;
import dev.cfnlsp.rules.references.RefUnknownRule;
import dev.cfnlsp.rules.references.SubVariableUnknownRule;
import dev.cfnlsp.rules.references.UnusedConditionRule;
import dev.cfnlsp.rules.references.UnusedMappingRule;
import dev.cfnlsp.rules.references.UnusedParameterRule;
import dev.cfnlsp.rules.structure.ResourceTypeMissingRule;
import dev.cfnlsp.rules.structure.ResourceTypeRegionRule;
import dev.cfnlsp.rules.structure.ResourcesMissingRule;
import dev.cfnlsp.rules.structure.UnknownResourceTypeRule;
import dev.cfnlsp.rules.structure.UnknownSectionRule;
import dev.cfnlsp.rules.syntax.DuplicateKeyRule;
import dev.cfnlsp.rules.syntax.InputLimitRule;
import dev.cfnlsp.rules.syntax.SyntaxErrorRule;
import dev.cfnlsp.rules.syntax.UnknownTagRule;
import java.util.ArrayList;
import java.util.List;

/** Every rule that ships with cfn-lsp, in the order `rules` lists them. */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(validity());
        rules.addAll(StorageRules.all());
        rules.addAll(IdentityRules.all());
        rules.addAll(ObservabilityRules.all());
        rules.addAll(NetworkRules.all());
        return List.copyOf(rules);
    }

    /** The rules that say whether CloudFormation would accept the template at all. */
    static List<Rule> validity() {
        return List.of(
                new SyntaxErrorRule(), new DuplicateKeyRule(), new InputLimitRule(), new UnknownTagRule(),
                new UnknownSectionRule(), new ResourcesMissingRule(), new ResourceTypeMissingRule(),
                new UnknownResourceTypeRule(), new ResourceTypeRegionRule(),
                new PropertyUnknownRule(), new PropertyRequiredRule(), new PropertyShapeRule(),
                new PropertyEnumRule(), new PropertyPatternRule(), new PropertyRangeRule(),
                new RefUnknownRule(), new GetAttUnknownRule(), new SubVariableUnknownRule(),
                new DependsOnUnknownRule(), new ConditionUnknownRule(), new FindInMapUnknownRule(),
                new CircularDependencyRule(),
                new UnusedParameterRule(), new UnusedMappingRule(), new UnusedConditionRule(),
                new OutputValueMissingRule(), new DuplicateExportRule(),
                new TemplateLimitsRule());
    }
}
