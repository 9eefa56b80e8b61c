package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AWS managed policy in the {@code ManagedPolicyArns} of a role, user or group: {@code value} is the ARN as written
 * (a literal, or a {@code Fn::Sub}/{@code Fn::Join} over {@code AWS::Partition}), {@code name} the policy's name.
 */
record AttachedAwsPolicy(Resource holder, TemplateNode value, String name) {
    private static final List<String> HOLDER_TYPES = List.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group");
    private static final Pattern AWS_MANAGED_ARN =
            Pattern.compile("arn:aws(?:-[a-z]+)*:iam::aws:policy/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");

    static List<AttachedAwsPolicy> in(Template template) {
        List<AttachedAwsPolicy> attached = new ArrayList<>();
        for (String type : HOLDER_TYPES) {
            for (Resource holder : template.resourcesOfType(type)) {
                for (TemplateNode value : PolicyValues.items(holder.property("ManagedPolicyArns"))) {
                    awsManagedName(value).ifPresent(name -> attached.add(new AttachedAwsPolicy(holder, value, name)));
                }
            }
        }
        return attached;
    }

    private static Optional<String> awsManagedName(TemplateNode value) {
        return StringParts.of(value)
                .map(parts -> parts.render().replace("${AWS::Partition}", "aws"))
                .map(AWS_MANAGED_ARN::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1));
    }

    /** E.g. "Role 'AppRole'". */
    String holderDescription() {
        return describe(holder);
    }

    static String describe(Resource principal) {
        String type = principal.type().orElse("");
        return type.substring(type.lastIndexOf(':') + 1) + " '" + principal.name() + "'";
    }
}
