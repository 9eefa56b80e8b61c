package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The identity-policy statements of one role: its inline policies and the policy resources attached to it
 * ({@code attached}), plus statements of policies attached to roles the template does not identify, which may
 * apply to it too ({@code possiblyAttached}). Only roles whose every managed policy is declared in the template are
 * described: an AWS managed or imported policy could grant anything.
 */
record RolePermissions(Resource role, List<PolicyStatement> attached, List<PolicyStatement> possiblyAttached) {
    private static final String ROLE_TYPE = "AWS::IAM::Role";
    private static final String MANAGED_POLICY_TYPE = "AWS::IAM::ManagedPolicy";

    static List<RolePermissions> in(Template template) {
        Map<String, List<PolicyStatement>> attachedByRole = new LinkedHashMap<>();
        template.resources().stream().filter(r -> r.isOfType(ROLE_TYPE) && hasOnlyTemplateManagedPolicies(r, template))
                .forEach(role -> attachedByRole.put(role.name(), new ArrayList<>()));
        List<PolicyStatement> unidentified = new ArrayList<>();
        for (PolicyStatement statement : PolicyStatements.in(template)) {
            for (Optional<String> role : attachedRoles(statement.owner(), template)) {
                if (role.isEmpty()) {
                    unidentified.add(statement);
                } else if (attachedByRole.containsKey(role.get())) {
                    attachedByRole.get(role.get()).add(statement);
                }
            }
        }
        return attachedByRole.entrySet().stream()
                .map(entry -> new RolePermissions(template.resource(entry.getKey()).orElseThrow(), entry.getValue(), unidentified))
                .toList();
    }

    private static boolean hasOnlyTemplateManagedPolicies(Resource role, Template template) {
        return PolicyValues.items(role.property("ManagedPolicyArns")).stream()
                .allMatch(arn -> Values.target(arn).flatMap(template::resource).filter(p -> p.isOfType(MANAGED_POLICY_TYPE)).isPresent());
    }

    /** The roles a policy-holding resource applies to; an empty entry is a role the template does not identify. */
    private static List<Optional<String>> attachedRoles(Resource owner, Template template) {
        String type = owner.type().orElse("");
        List<Optional<String>> roles = new ArrayList<>();
        switch (type) {
            case ROLE_TYPE -> roles.add(Optional.of(owner.name()));
            case "AWS::IAM::Policy" -> addReferences(owner.property("Roles"), template, roles);
            case "AWS::IAM::RolePolicy" -> addReferences(owner.property("RoleName"), template, roles);
            case MANAGED_POLICY_TYPE -> {
                addReferences(owner.property("Roles"), template, roles);
                template.resources().stream()
                        .filter(role -> role.isOfType(ROLE_TYPE) && PolicyValues.items(role.property("ManagedPolicyArns"))
                                .stream().anyMatch(arn -> Values.target(arn).filter(owner.name()::equals).isPresent()))
                        .forEach(role -> roles.add(Optional.of(role.name())));
            }
            default -> {
            }
        }
        return roles;
    }

    private static void addReferences(Optional<TemplateNode> value, Template template, List<Optional<String>> roles) {
        for (TemplateNode item : PolicyValues.items(value)) {
            roles.add(Values.target(item).filter(name -> template.resource(name).filter(r -> r.isOfType(ROLE_TYPE)).isPresent()));
        }
    }

    /**
     * Whether some statement that applies, or may apply, to the role could allow {@code kmsAction} on the key. Anything
     * the template does not spell out (intrinsic actions, NotAction, NotResource, parameters, literal ARNs) counts as
     * allowing it.
     */
    boolean mayAllow(String kmsAction, Resource key, Template template) {
        return Stream.concat(attached.stream(), possiblyAttached.stream())
                .anyMatch(statement -> KeyGrants.mayAllow(statement, kmsAction)
                        && (statement.statement().get("NotResource").isPresent()
                                || PolicyValues.items(statement.statement().get("Resource")).stream()
                                        .anyMatch(resource -> KmsKeys.mayDenote(resource, key, template))));
    }
}
