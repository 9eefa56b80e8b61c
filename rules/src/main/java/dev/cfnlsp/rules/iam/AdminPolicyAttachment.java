package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A policy resource of the template that allows every action on every resource, attached to a role, user or group
 * of the template: {@code reference} is the attachment as written, in the policy's {@code Roles}/{@code Users}/
 * {@code Groups} or in the principal's {@code ManagedPolicyArns}.
 */
record AdminPolicyAttachment(TemplateNode reference, Resource principal, Resource policy) {
    private static final Set<String> POLICY_TYPES = Set.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group");
    private static final List<String> ATTACHMENT_PROPERTIES = List.of("Roles", "Users", "Groups");

    static List<AdminPolicyAttachment> in(Template template) {
        Set<String> adminPolicies = POLICY_TYPES.stream()
                .flatMap(type -> PolicyStatements.ofType(template, type).stream())
                .filter(AdminPolicyAttachment::allowsEverything)
                .map(statement -> statement.owner().name())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<AdminPolicyAttachment> attachments = new ArrayList<>();
        for (String policy : adminPolicies) {
            Resource resource = template.resource(policy).orElseThrow();
            for (String property : ATTACHMENT_PROPERTIES) {
                for (TemplateNode reference : PolicyValues.items(resource.property(property))) {
                    principal(reference, template).ifPresent(p -> attachments.add(new AdminPolicyAttachment(reference, p, resource)));
                }
            }
        }
        if (adminPolicies.isEmpty()) {
            return attachments;
        }
        for (String type : PRINCIPAL_TYPES) {
            for (Resource resource : template.resourcesOfType(type)) {
                for (TemplateNode reference : PolicyValues.items(resource.property("ManagedPolicyArns"))) {
                    Values.target(reference).filter(adminPolicies::contains).flatMap(template::resource)
                            .ifPresent(policy -> attachments.add(new AdminPolicyAttachment(reference, resource, policy)));
                }
            }
        }
        return attachments;
    }

    /** Allow, Action {@code *} and Resource {@code *}, with no condition to narrow it. */
    private static boolean allowsEverything(PolicyStatement statement) {
        return statement.allows() && statement.condition().isEmpty()
                && PolicyValues.literals(statement.statement().get("Action")).stream().anyMatch(a -> a.value().equals("*"))
                && PolicyValues.literals(statement.statement().get("Resource")).stream().anyMatch(r -> r.value().equals("*"));
    }

    private static Optional<Resource> principal(TemplateNode reference, Template template) {
        return Values.target(reference).flatMap(template::resource)
                .filter(resource -> resource.type().filter(PRINCIPAL_TYPES::contains).isPresent());
    }
}
