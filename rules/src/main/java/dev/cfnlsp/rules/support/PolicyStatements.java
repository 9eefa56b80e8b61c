package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every IAM policy statement written in a template: identity policies and resource policies alike. */
public final class PolicyStatements {
    /** Resource types whose property holds one policy document. */
    private static final Map<String, String> DOCUMENT_PROPERTY = Map.ofEntries(
            Map.entry("AWS::IAM::Policy", "PolicyDocument"),
            Map.entry("AWS::IAM::ManagedPolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::RolePolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::UserPolicy", "PolicyDocument"),
            Map.entry("AWS::IAM::GroupPolicy", "PolicyDocument"),
            Map.entry("AWS::S3::BucketPolicy", "PolicyDocument"),
            Map.entry("AWS::SQS::QueuePolicy", "PolicyDocument"),
            Map.entry("AWS::SNS::TopicPolicy", "PolicyDocument"),
            Map.entry("AWS::KMS::Key", "KeyPolicy"),
            Map.entry("AWS::SecretsManager::ResourcePolicy", "ResourcePolicy"));
    /** Identity types with a list of inline policies under {@code Policies}. */
    private static final List<String> INLINE_POLICY_HOLDERS = List.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group");

    private PolicyStatements() {
    }

    public static List<PolicyStatement> in(Template template) {
        List<PolicyStatement> statements = new ArrayList<>();
        for (Resource resource : template.resources()) {
            addStatements(resource, statements);
        }
        return statements;
    }

    /** The statements of the resources of one type, e.g. of every bucket policy. */
    public static List<PolicyStatement> ofType(Template template, String type) {
        List<PolicyStatement> statements = new ArrayList<>();
        for (Resource resource : template.resourcesOfType(type)) {
            addStatements(resource, statements);
        }
        return statements;
    }

    private static void addStatements(Resource resource, List<PolicyStatement> statements) {
        String type = resource.type().orElse("");
        String documentProperty = DOCUMENT_PROPERTY.get(type);
        if (documentProperty != null) {
            resource.property(documentProperty).ifPresent(document -> addStatements(resource, documentProperty, document, statements));
        }
        if (INLINE_POLICY_HOLDERS.contains(type)) {
            inlinePolicies(resource, statements);
        }
    }

    private static void inlinePolicies(Resource resource, List<PolicyStatement> statements) {
        Optional<TemplateNode> policies = resource.property("Policies");
        if (policies.isEmpty() || !(policies.get() instanceof SequenceNode list)) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof MappingNode policy) {
                int index = i;
                policy.get("PolicyDocument").ifPresent(document ->
                        addStatements(resource, "Policies[" + index + "].PolicyDocument", document, statements));
            }
        }
    }

    private static void addStatements(Resource owner, String path, TemplateNode document, List<PolicyStatement> statements) {
        if (!(document instanceof MappingNode mapping)) {
            return;
        }
        mapping.get("Statement").map(Values::items).orElse(List.of()).stream()
                .filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast)
                .forEach(statement -> statements.add(new PolicyStatement(owner, path, statement)));
    }
}
