package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Template;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Base of the rules that expect a companion resource for every Lambda function (a log group, an alarm). They stay
 * silent where the companion may exist out of their sight: in resources a macro or a {@code Fn::ForEach} loop
 * generates, or in a nested stack the function is handed to.
 */
abstract class FunctionCompanionRule implements Rule {
    /** Transforms known to add no log groups or alarms of their own. */
    private static final Set<String> TRANSPARENT_TRANSFORMS = Set.of(Template.SAM_TRANSFORM, "AWS::LanguageExtensions");
    private static final Set<String> NESTED_STACKS = Set.of("AWS::CloudFormation::Stack", "AWS::Serverless::Application");

    @Override
    public final void check(RuleContext context) {
        Template template = context.template();
        if (!allResourcesDeclared(template)) {
            return;
        }
        Set<String> handedToNestedStacks = namesHandedToNestedStacks(template);
        for (LambdaFunction function : LambdaFunction.in(template)) {
            if (!handedToNestedStacks.contains(function.name())) {
                check(context, function);
            }
        }
    }

    abstract void check(RuleContext context, LambdaFunction function);

    private static boolean allResourcesDeclared(Template template) {
        boolean loops = template.section(DeclarationKind.RESOURCE.section())
                .map(entry -> entry.value() instanceof MappingNode resources
                        && resources.entries().stream().anyMatch(e -> e.name().startsWith(Template.FOR_EACH_PREFIX)))
                .orElse(false);
        return !loops && TRANSPARENT_TRANSFORMS.containsAll(template.transforms());
    }

    private static Set<String> namesHandedToNestedStacks(Template template) {
        return template.references().stream()
                .filter(r -> r.from().filter(from -> from.kind() == DeclarationKind.RESOURCE)
                        .flatMap(Declaration::mapping)
                        .flatMap(body -> body.text("Type"))
                        .filter(NESTED_STACKS::contains)
                        .isPresent())
                .map(Reference::target)
                .collect(Collectors.toSet());
    }
}
