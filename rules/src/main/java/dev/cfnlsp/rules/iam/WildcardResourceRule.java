package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.ScalarNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code Resource: "*"} on Allow statements of identity policies whose actions accept resource ARNs. Resource policies
 * (bucket, key, queue, topic policies) are left alone: there {@code *} means the resource the policy is attached to.
 * Statements with a Condition are left alone too, because conditions (on tags, prefixes, the calling service) are the
 * way some actions are narrowed.
 */
@RuleInfo(id = "iam-wildcard-resource", perResource = true, title = "Policy applies scopable actions to every resource",
        severity = Severity.WARNING, category = Category.SECURITY, cfnNag = {"W11", "W12", "W13"},
        guard = "IAM_POLICYDOCUMENT_NO_WILDCARD_RESOURCE")
public final class WildcardResourceRule implements Rule {
    private static final Set<String> IDENTITY_POLICY_HOLDERS = Set.of("AWS::IAM::Role", "AWS::IAM::User",
            "AWS::IAM::Group", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy",
            "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy");
    private static final int NAMED_ACTIONS = 3;

    @Override
    public void check(RuleContext context) {
        for (PolicyStatement statement : PolicyStatements.in(context.template())) {
            if (!statement.allows() || statement.condition().isPresent()
                    || statement.owner().type().filter(IDENTITY_POLICY_HOLDERS::contains).isEmpty()) {
                continue;
            }
            List<ScalarNode> wildcards = PolicyValues.literals(statement.statement().get("Resource")).stream()
                    .filter(resource -> resource.value().equals("*"))
                    .toList();
            if (wildcards.isEmpty()) {
                continue;
            }
            Set<String> scopable = scopableActions(statement, context.schema());
            if (!scopable.isEmpty()) {
                wildcards.forEach(resource -> context.report(resource.range(), message(scopable)));
            }
        }
    }

    /**
     * The written actions that accept resource ARNs. A pattern such as {@code s3:Get*} counts when most of the
     * actions it stands for do ({@code ec2:Describe*} does not); {@code *} alone is left to iam-wildcard-action.
     */
    private static Set<String> scopableActions(PolicyStatement statement, SchemaBundle schema) {
        Set<String> scopable = new LinkedHashSet<>();
        for (ScalarNode action : PolicyValues.literals(statement.statement().get("Action"))) {
            String written = action.value();
            boolean scoped = IamActions.hasWildcard(written)
                    ? mostlyScopable(IamActions.expand(written, schema), schema)
                    : schema.iamActionSupportsResourceScope(written).orElse(false);
            if (scoped) {
                scopable.add(written);
            }
        }
        return scopable;
    }

    private static boolean mostlyScopable(List<String> actions, SchemaBundle schema) {
        long scoped = actions.stream().filter(name -> schema.iamActionSupportsResourceScope(name).orElse(false)).count();
        return scoped * 2 > actions.size();
    }

    private static String message(Set<String> scopable) {
        List<String> names = List.copyOf(scopable);
        String listed = String.join(", ", names.subList(0, Math.min(NAMED_ACTIONS, names.size())))
                + (names.size() > NAMED_ACTIONS ? " and " + (names.size() - NAMED_ACTIONS) + " more" : "");
        return "Resource '*' applies " + listed + " to every matching resource in the account, although "
                + (names.size() == 1 ? "this action accepts" : "these actions accept")
                + " specific ARNs. Name the resources the statement is for (e.g. !GetAtt Bucket.Arn); keep '*' only "
                + "in a separate statement for actions that cannot be scoped.";
    }
}
