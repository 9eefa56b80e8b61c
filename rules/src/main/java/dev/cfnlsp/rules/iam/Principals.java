package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code AWS} principals of a resource-policy statement, read as far as the template allows. */
final class Principals {
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[^:]+:iam::[^:/]+:root|\\d{12}");

    private Principals() {
    }

    /** The {@code Principal.AWS} values; empty when the principal is something else ({@code *}, a service...). */
    static List<TemplateNode> aws(Optional<TemplateNode> principal) {
        return principal.filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .map(p -> PolicyValues.items(p.get("AWS"))).orElse(List.of());
    }

    /** {@code Principal: "*"} or {@code AWS: "*"}: anyone, usually narrowed by conditions. */
    static boolean isAnyone(Optional<TemplateNode> principal) {
        if (principal.filter(ScalarNode.class::isInstance).map(TemplateNode::scalarText).filter("*"::equals).isPresent()) {
            return true;
        }
        return aws(principal).stream().anyMatch(value -> "*".equals(value.scalarText()));
    }

    /**
     * Whether every principal is an account itself ({@code arn:...:iam::<account>:root}, an account id, or
     * {@code AWS::AccountId}): such a statement hands the decision to that account's IAM policies.
     */
    static boolean onlyAccountRoots(Optional<TemplateNode> principal) {
        Optional<MappingNode> mapping = principal.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        if (mapping.isEmpty() || mapping.get().entries().size() != 1) {
            return false;
        }
        List<TemplateNode> values = aws(principal);
        return !values.isEmpty() && values.stream().allMatch(Principals::isAccountRoot);
    }

    static boolean isAccountRoot(TemplateNode value) {
        return StringParts.of(value)
                .map(parts -> parts.render().replace("${AWS::Partition}", "aws").replace("${AWS::AccountId}", "111111111111"))
                .filter(text -> ACCOUNT_ROOT.matcher(text).matches())
                .isPresent();
    }
}
