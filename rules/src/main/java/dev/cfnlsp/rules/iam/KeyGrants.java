package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * Whether statements may allow a KMS action, erring towards yes: what the template does not spell out could grant it.
 * A key policy can allow a role directly, without any IAM policy; a statement for the account root only delegates to
 * IAM policies and grants nothing by itself.
 */
final class KeyGrants {
    private KeyGrants() {
    }

    /** The statement is not a Deny and its actions may include {@code action}. */
    static boolean mayAllow(PolicyStatement statement, String action) {
        if (statement.denies()) {
            return false;
        }
        if (statement.statement().get("NotAction").isPresent()) {
            return true;
        }
        List<TemplateNode> actions = PolicyValues.items(statement.statement().get("Action"));
        return actions.stream().anyMatch(written -> written.scalarText() == null || IamActions.grants(written.scalarText(), action));
    }

    /** Whether the key's own policy may allow {@code action} to the role. */
    static boolean keyPolicyMayAllow(Resource key, Resource role, String action, Template template) {
        Optional<TemplateNode> policy = key.property("KeyPolicy");
        if (policy.isEmpty()) {
            return false;
        }
        Optional<TemplateNode> statements = policy.filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(document -> document.get("Statement"));
        if (statements.isEmpty()) {
            return true;
        }
        for (TemplateNode item : Values.items(statements.get())) {
            if (!(item instanceof MappingNode body)) {
                return true;
            }
            PolicyStatement statement = new PolicyStatement(key, "KeyPolicy", body);
            if (mayAllow(statement, action) && mayInclude(statement, role, template)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayInclude(PolicyStatement statement, Resource role, Template template) {
        Optional<TemplateNode> principal = statement.principal();
        if (principal.isEmpty() || statement.statement().get("NotPrincipal").isPresent() || Principals.isAnyone(principal)) {
            return true;
        }
        return Principals.aws(principal).stream().anyMatch(value -> mayBeRole(value, role, template));
    }

    private static boolean mayBeRole(TemplateNode value, Resource role, Template template) {
        if (Principals.isAccountRoot(value)) {
            return false;
        }
        Optional<BuiltFrom> built = BuiltFrom.of(value);
        if (built.isEmpty()) {
            return true;
        }
        List<String> targets = built.get().logicalIds();
        if (!targets.isEmpty()) {
            return targets.stream().anyMatch(target -> target.equals(role.name()) || template.resource(target).isEmpty());
        }
        Optional<TemplateNode> roleName = role.property("RoleName");
        if (roleName.isEmpty()) {
            return false;
        }
        return Values.literal(roleName).map(name -> built.get().parts().render().endsWith("/" + name)).orElse(true);
    }
}
