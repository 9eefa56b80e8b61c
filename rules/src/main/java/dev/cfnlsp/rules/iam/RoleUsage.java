package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a role is used for in the template, as far as the template shows: the resources that run as it ({@code
 * consumers}: Lambda functions through {@code Role}, ECS task definitions through {@code TaskRoleArn}, EC2 instances,
 * launch templates and launch configurations through an instance profile holding the role), the VPC flow logs that
 * deliver with it, and the template resources those consumers are wired to ({@code wires}: every Ref, GetAtt and Sub
 * variable in their properties, and in the event source mappings and invoke configs of the functions).
 * {@code otherUses} says some other resource refers to the role, for a purpose this class does not know.
 */
record RoleUsage(Resource role, List<Resource> consumers, List<Resource> functions, List<Resource> flowLogs,
                 Set<Wire> wires, boolean otherUses) {

    /** A logical id a consumer refers to; {@code attribute} is the GetAtt attribute, empty for a Ref. */
    record Wire(String target, String attribute) {
    }

    /** Types whose reference to a role grants or describes permissions rather than using them. */
    private static final Set<String> PERMISSION_TYPES = Set.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
            "AWS::IAM::RolePolicy", "AWS::IAM::Role", "AWS::KMS::Key", "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy",
            "AWS::SNS::TopicPolicy", "AWS::SecretsManager::ResourcePolicy");
    /** Properties that do not tell what the code running as the role calls. */
    private static final Set<String> NOT_WIRING = Set.of("Role", "TaskRoleArn", "ExecutionRoleArn", "IamInstanceProfile",
            "Secrets", "LogConfiguration", "RepositoryCredentials", "Code", "BlockDeviceMappings", "FunctionName");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    static RoleUsage of(Resource role, Template template) {
        Map<String, Set<String>> referrers = referrers(template);
        List<Resource> consumers = new ArrayList<>();
        List<Resource> functions = new ArrayList<>();
        List<Resource> flowLogs = new ArrayList<>();
        boolean otherUses = false;
        for (String name : referrers.getOrDefault(role.name(), Set.of())) {
            Resource user = template.resource(name).orElseThrow();
            String type = user.type().orElse("");
            switch (type) {
                case "AWS::Lambda::Function" -> {
                    if (points(user.property("Role"), role)) {
                        consumers.add(user);
                        functions.add(user);
                    } else {
                        otherUses = true;
                    }
                }
                case "AWS::ECS::TaskDefinition" -> {
                    if (points(user.property("TaskRoleArn"), role)) {
                        consumers.add(user);
                    }
                    otherUses |= !points(user.property("TaskRoleArn"), role) || points(user.property("ExecutionRoleArn"), role);
                }
                case "AWS::EC2::FlowLog" -> {
                    if (points(user.property("DeliverLogsPermissionArn"), role)) {
                        flowLogs.add(user);
                    } else {
                        otherUses = true;
                    }
                }
                case "AWS::IAM::InstanceProfile" -> otherUses |= !addInstances(user, referrers, template, consumers);
                default -> otherUses |= !PERMISSION_TYPES.contains(type);
            }
        }
        Set<Wire> wires = new LinkedHashSet<>();
        for (Resource consumer : consumers) {
            Optional<TemplateNode> scanned = consumer.isOfType("AWS::EC2::LaunchTemplate")
                    ? consumer.property("LaunchTemplateData") : consumer.propertiesNode();
            scanned.ifPresent(node -> collect(node, wires));
        }
        for (Resource function : functions) {
            for (String name : referrers.getOrDefault(function.name(), Set.of())) {
                Resource user = template.resource(name).orElseThrow();
                if ((user.isOfType("AWS::Lambda::EventSourceMapping") || user.isOfType("AWS::Lambda::EventInvokeConfig"))
                        && points(user.property("FunctionName"), function)) {
                    user.propertiesNode().ifPresent(node -> collect(node, wires));
                }
            }
        }
        wires.removeIf(wire -> wire.target().equals(role.name()));
        return new RoleUsage(role, consumers, functions, flowLogs, wires, otherUses);
    }

    /** The instances and launch templates/configurations using the profile; false when something else uses it. */
    private static boolean addInstances(Resource profile, Map<String, Set<String>> referrers, Template template,
                                        List<Resource> consumers) {
        boolean understood = true;
        for (String name : referrers.getOrDefault(profile.name(), Set.of())) {
            Resource user = template.resource(name).orElseThrow();
            Optional<TemplateNode> reference = switch (user.type().orElse("")) {
                case "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration" -> user.property("IamInstanceProfile");
                case "AWS::EC2::LaunchTemplate" -> user.property("LaunchTemplateData")
                        .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                        .flatMap(data -> data.mapping("IamInstanceProfile"))
                        .flatMap(p -> p.get("Arn").or(() -> p.get("Name")));
                default -> Optional.empty();
            };
            if (points(reference, profile)) {
                consumers.add(user);
            } else {
                understood = false;
            }
        }
        return understood;
    }

    /** Which resources refer to each logical id (Ref, GetAtt, Sub; DependsOn does not use anything). */
    private static Map<String, Set<String>> referrers(Template template) {
        Map<String, Set<String>> referrers = new HashMap<>();
        for (Reference reference : template.references()) {
            if (reference.kind() != ReferenceKind.DEPENDS_ON && reference.kind() != ReferenceKind.CONDITION
                    && reference.from().filter(d -> d.kind() == DeclarationKind.RESOURCE).isPresent()
                    && template.resource(reference.from().get().name()).isPresent()) {
                referrers.computeIfAbsent(reference.target(), k -> new LinkedHashSet<>()).add(reference.from().get().name());
            }
        }
        return referrers;
    }

    private static boolean points(Optional<TemplateNode> value, Resource target) {
        return value.flatMap(Values::target).filter(target.name()::equals).isPresent();
    }

    private static void collect(TemplateNode node, Set<Wire> wires) {
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                if (!NOT_WIRING.contains(entry.name())) {
                    collect(entry.value(), wires);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> collect(item, wires));
        } else if (node instanceof IntrinsicNode call) {
            switch (call.function()) {
                case Intrinsics.REF -> Optional.ofNullable(call.argument().scalarText()).ifPresent(name -> wires.add(new Wire(name, "")));
                case Intrinsics.GET_ATT -> getAtt(call.argument()).ifPresent(wires::add);
                case Intrinsics.SUB -> {
                    TemplateNode text = call.argument() instanceof SequenceNode pair && !pair.items().isEmpty()
                            ? pair.items().get(0) : call.argument();
                    Optional.ofNullable(text.scalarText()).ifPresent(value -> subVariables(value, wires));
                    collect(call.argument(), wires);
                }
                default -> collect(call.argument(), wires);
            }
        }
    }

    private static Optional<Wire> getAtt(TemplateNode argument) {
        if (argument.scalarText() != null) {
            String[] parts = argument.scalarText().split("\\.", 2);
            return Optional.of(new Wire(parts[0], parts.length > 1 ? parts[1] : ""));
        }
        if (argument instanceof SequenceNode pair && pair.items().size() == 2 && pair.items().get(0).scalarText() != null) {
            return Optional.of(new Wire(pair.items().get(0).scalarText(), Optional.ofNullable(pair.items().get(1).scalarText()).orElse("")));
        }
        return Optional.empty();
    }

    private static void subVariables(String text, Set<Wire> wires) {
        Matcher matcher = SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
            String[] parts = matcher.group(1).trim().split("\\.", 2);
            if (!parts[0].startsWith("AWS::")) {
                wires.add(new Wire(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
    }

    /** The services named in the role's trust policy ({@code Principal.Service}), as written. */
    static Set<String> trustedServices(Resource role) {
        Set<String> services = new HashSet<>();
        Optional<MappingNode> document = role.property("AssumeRolePolicyDocument")
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
        for (TemplateNode statement : document.flatMap(d -> d.get("Statement")).map(Values::items).orElse(List.of())) {
            if (statement instanceof MappingNode body) {
                body.mapping("Principal").flatMap(p -> p.get("Service"))
                        .ifPresent(value -> PolicyValues.literals(Optional.of(value)).forEach(s -> services.add(s.value())));
                if (body.get("Principal").filter(p -> !(p instanceof MappingNode)).isPresent()
                        || body.mapping("Principal").filter(p -> p.entries().stream().anyMatch(e -> !e.name().equals("Service"))).isPresent()) {
                    services.add("");
                }
            }
        }
        return services;
    }
}
