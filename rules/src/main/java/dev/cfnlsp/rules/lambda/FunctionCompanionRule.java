package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.Optional;
import java.util.Set;

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
        for (LambdaFunction function : LambdaFunction.in(template)) {
            if (!handedToNestedStack(template, function.resource())) {
                check(context, function);
            }
        }
    }

    abstract void check(RuleContext context, LambdaFunction function);

    private static boolean allResourcesDeclared(Template template) {
        return !template.hasResourceLoops() && TRANSPARENT_TRANSFORMS.containsAll(template.transforms());
    }

    private static boolean handedToNestedStack(Template template, Resource function) {
        for (Reference reference : template.referencesTo(function.name())) {
            Optional<Resource> referrer = reference.from().filter(from -> from.kind() == DeclarationKind.RESOURCE)
                    .flatMap(from -> template.resource(from.name()));
            if (referrer.flatMap(Resource::type).filter(NESTED_STACKS::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
