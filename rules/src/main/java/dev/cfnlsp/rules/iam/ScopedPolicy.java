package dev.cfnlsp.rules.iam;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Inline policies that replace a broad AWS managed policy, derived from the template.
 * <ul>
 * <li>{@link #derived}: the usual read/write actions on the template resources the role's consumers are wired to
 * (buckets, tables and their streams, queues, topics, secrets, KMS keys, log groups, Kinesis streams), limited to the
 * services the replaced policy covered, plus what a Lambda function needs to run (its log group, and network
 * interfaces when it is in a VPC). When nothing can be inferred, or the role has uses the template does not explain,
 * a statement {@code Sid: CompleteMe} allowing only {@code sts:GetCallerIdentity} on {@code *} stands in: valid, so
 * the template deploys, harmless, and obviously a placeholder to replace.</li>
 * <li>{@link #flowLogDelivery}: the five CloudWatch Logs actions VPC flow logs need, on the flow logs' log groups.</li>
 * </ul>
 */
final class ScopedPolicy {
    static final String PLACEHOLDER_SID = "CompleteMe";
    static final String PLACEHOLDER_ACTION = "sts:GetCallerIdentity";
    private static final String VERSION = "2012-10-17";
    private static final String LOGS_ARN = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:";
    private static final Pattern LAMBDA_LOGGING = Pattern.compile("AWSLambda\\w*ExecutionRole|AWSLambdaExecute");
    private static final Pattern LAMBDA_NETWORKING = Pattern.compile("AWSLambdaVPCAccessExecutionRole|AWSLambdaENIManagementAccess");

    /** A service whose permissions a replaced managed policy covered. */
    enum Service { S3, DYNAMODB, SQS, SNS, SECRETS_MANAGER, KMS, LOGS, KINESIS, EC2 }

    private static final Map<String, Set<Service>> FULL_ACCESS_SERVICES = Map.of(
            "AmazonS3FullAccess", EnumSet.of(Service.S3),
            "AmazonDynamoDBFullAccess", EnumSet.of(Service.DYNAMODB),
            "AmazonSQSFullAccess", EnumSet.of(Service.SQS),
            "AmazonSNSFullAccess", EnumSet.of(Service.SNS),
            "AmazonKinesisFullAccess", EnumSet.of(Service.KINESIS),
            "CloudWatchLogsFullAccess", EnumSet.of(Service.LOGS),
            "AmazonEC2FullAccess", EnumSet.of(Service.EC2));

    /** The policy to add, its name, and what the title should say about it. */
    record Built(EditValue.Mapping policy, String policyName, List<String> scopedTo, boolean placeholder) {
    }

    private ScopedPolicy() {
    }

    /** The services an AWS managed policy covers, as far as this fix replaces them. */
    static Set<Service> covered(String managedPolicy) {
        return switch (managedPolicy) {
            case "AdministratorAccess", "PowerUserAccess" -> EnumSet.allOf(Service.class);
            default -> FULL_ACCESS_SERVICES.getOrDefault(managedPolicy, EnumSet.noneOf(Service.class));
        };
    }

    /** A policy name for the replacement of {@code managedPolicy} that the holder's inline policies do not use. */
    static String policyName(String managedPolicy, Resource holder) {
        String base = switch (managedPolicy) {
            case "AdministratorAccess", "PowerUserAccess", "IAMFullAccess" -> "least-privilege";
            default -> managedPolicy.replaceAll("^(Amazon|AWS)", "").replace("FullAccess", "").replace("_", "")
                    .toLowerCase(Locale.ROOT) + "-least-privilege";
        };
        return uniqueName(base, holder);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... when an inline policy of the holder already has that name. */
    static String uniqueName(String base, Resource holder) {
        Set<String> taken = new LinkedHashSet<>();
        holder.property("Policies").map(Values::items).orElse(List.of()).forEach(policy -> {
            if (policy instanceof MappingNode body) {
                Values.literal(body.get("PolicyName")).ifPresent(taken::add);
            }
        });
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    static Built derived(Template template, Resource holder, RoleUsage usage, Set<Service> covered, String policyName,
                         Set<String> otherManagedPolicies, Dependencies dependencies) {
        Map<Kind, Set<String>> byKind = new LinkedHashMap<>();
        for (RoleUsage.Wire wire : usage.wires()) {
            kindOf(wire, template).filter(kind -> covered.contains(kind.service))
                    .filter(kind -> dependencies.mayRefer(holder, wire.target()))
                    .ifPresent(kind -> byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(wire.target()));
            if (covered.contains(Service.KMS)) {
                keyOf(wire, template).filter(key -> dependencies.mayRefer(holder, key))
                        .ifPresent(key -> byKind.computeIfAbsent(Kind.KEY, k -> new LinkedHashSet<>()).add(key));
            }
        }
        if (covered.contains(Service.KMS)) {
            for (EncryptedStore store : EncryptedStore.in(template)) {
                Kind kind = store.kind() == EncryptedStore.Kind.BUCKET ? Kind.BUCKET : Kind.SECRET;
                if (byKind.getOrDefault(kind, Set.of()).contains(store.store().name())
                        && dependencies.mayRefer(holder, store.key().name())) {
                    byKind.computeIfAbsent(Kind.KEY, k -> new LinkedHashSet<>()).add(store.key().name());
                }
            }
        }
        List<EditValue> statements = new ArrayList<>();
        List<String> scopedTo = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Set<String> targets = byKind.getOrDefault(kind, Set.of());
            if (!targets.isEmpty()) {
                statements.addAll(kind.statements(List.copyOf(targets)));
                targets.stream().filter(t -> !scopedTo.contains(t)).forEach(scopedTo::add);
            }
        }
        if (covered.contains(Service.LOGS) && !grants(template, holder, otherManagedPolicies, LAMBDA_LOGGING, "logs:PutLogEvents")) {
            List<EditValue> logGroups = new ArrayList<>();
            for (Resource function : usage.functions()) {
                logGroups.addAll(lambdaLogGroups(function, template));
            }
            if (!logGroups.isEmpty()) {
                statements.add(statement(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"), logGroups));
                scopedTo.add("Lambda log groups");
            }
        }
        if (covered.contains(Service.EC2) && usage.functions().stream().anyMatch(f -> f.property("VpcConfig").isPresent())
                && !grants(template, holder, otherManagedPolicies, LAMBDA_NETWORKING, "ec2:CreateNetworkInterface")) {
            statements.add(statement(List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                    "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"),
                    List.of(EditValue.sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:*"))));
            statements.add(statement(List.of("ec2:DescribeNetworkInterfaces"), List.of(EditValue.text("*"))));
            scopedTo.add("Lambda VPC network interfaces");
        }
        boolean placeholder = statements.isEmpty() || usage.otherUses();
        if (placeholder) {
            statements.add(EditValue.map().put("Sid", PLACEHOLDER_SID).put("Effect", "Allow")
                    .put("Action", PLACEHOLDER_ACTION).put("Resource", "*").build());
        }
        return new Built(policy(policyName, statements), policyName, scopedTo, placeholder);
    }

    /**
     * What VPC flow logs need to publish to CloudWatch Logs: logs:CreateLogGroup, CreateLogStream, PutLogEvents and
     * DescribeLogStreams on the flow logs' log groups (all groups of the account and region when the template does
     * not tell which), and logs:DescribeLogGroups, which only works on {@code *}.
     */
    static Built flowLogDelivery(Template template, Resource holder, RoleUsage usage, String policyName,
                                 Dependencies dependencies) {
        List<String> names = new ArrayList<>();
        List<String> scopedTo = new ArrayList<>();
        boolean known = !usage.flowLogs().isEmpty();
        for (Resource flowLog : usage.flowLogs()) {
            Optional<String> name = flowLogGroupName(flowLog, template, holder, dependencies, scopedTo);
            known &= name.isPresent();
            name.filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        List<EditValue> resources = new ArrayList<>();
        if (known) {
            for (String name : names) {
                resources.add(EditValue.sub(LOGS_ARN + name));
                resources.add(EditValue.sub(LOGS_ARN + name + ":*"));
            }
        } else {
            resources.add(EditValue.sub(LOGS_ARN + "*"));
            scopedTo.clear();
        }
        List<EditValue> statements = List.of(
                statement(List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"), resources),
                statement(List.of("logs:DescribeLogGroups"), List.of(EditValue.text("*"))));
        return new Built(policy(policyName, statements), policyName, scopedTo, false);
    }

    /** The log group name of a flow log, as Fn::Sub text; empty when the template does not tell. */
    private static Optional<String> flowLogGroupName(Resource flowLog, Template template, Resource holder,
                                                     Dependencies dependencies, List<String> scopedTo) {
        Optional<String> type = Values.literal(flowLog.property("LogDestinationType"));
        if (type.isPresent() && !type.get().equals("cloud-watch-logs")) {
            return Optional.empty();
        }
        Optional<TemplateNode> destination = flowLog.property("LogDestination");
        if (destination.isPresent()) {
            return Values.target(destination.get())
                    .filter(id -> template.resource(id).filter(r -> r.isOfType("AWS::Logs::LogGroup")).isPresent())
                    .filter(id -> dependencies.mayRefer(holder, id))
                    .map(id -> {
                        scopedTo.add(id);
                        return "${" + id + "}";
                    });
        }
        Optional<BuiltFrom> name = flowLog.property("LogGroupName").flatMap(BuiltFrom::of);
        if (name.isEmpty() || !name.get().logicalIds().stream().allMatch(id -> template.resource(id).isEmpty()
                ? template.declaration(DeclarationKind.PARAMETER, id).isPresent() : dependencies.mayRefer(holder, id))) {
            return Optional.empty();
        }
        scopedTo.add(name.get().logicalIds().stream().filter(id -> template.resource(id).isPresent()).findFirst()
                .orElse(subText(name.get().parts())));
        return Optional.of(subText(name.get().parts()));
    }

    /**
     * The log group a function writes to, unless the function names a log group of the template (whose statement
     * the wires already give): its {@code LoggingConfig.LogGroup} or {@code /aws/lambda/<name>}, built from literals
     * and parameters, else {@code /aws/lambda/*} (a generated name).
     */
    private static List<EditValue> lambdaLogGroups(Resource function, Template template) {
        Optional<TemplateNode> configured = function.property("LoggingConfig").filter(MappingNode.class::isInstance)
                .flatMap(c -> ((MappingNode) c).get("LogGroup"));
        if (configured.flatMap(Values::target).filter(id -> template.resource(id).isPresent()).isPresent()) {
            return List.of();
        }
        Optional<TemplateNode> source = configured.isPresent() ? configured : function.property("FunctionName");
        Optional<BuiltFrom> name = source.flatMap(BuiltFrom::of)
                .filter(b -> b.logicalIds().stream().allMatch(id -> template.resource(id).isEmpty()
                        && template.declaration(DeclarationKind.PARAMETER, id).isPresent()));
        if (name.isEmpty()) {
            return List.of(EditValue.sub(LOGS_ARN + (configured.isPresent() ? "*" : "/aws/lambda/*")));
        }
        String group = (configured.isPresent() ? "" : "/aws/lambda/") + subText(name.get().parts());
        return List.of(EditValue.sub(LOGS_ARN + group), EditValue.sub(LOGS_ARN + group + ":*"));
    }

    /** Parts as Fn::Sub text: variables as ${Name}, literal ${ escaped. */
    private static String subText(StringParts parts) {
        StringBuilder text = new StringBuilder();
        for (StringParts.Part part : parts.parts()) {
            if (part instanceof StringParts.Text literal) {
                text.append(literal.text().replace("${", "${!"));
            } else if (part instanceof StringParts.Variable variable) {
                text.append("${").append(variable.name()).append('}');
            }
        }
        return text.toString();
    }

    /**
     * Whether the holder keeps {@code action} after the replacement: through another AWS managed policy matching
     * {@code managed}, or a literal Allow of it in its inline policies or the template policies attached to it.
     */
    private static boolean grants(Template template, Resource holder, Set<String> otherManagedPolicies, Pattern managed,
                                  String action) {
        if (otherManagedPolicies.stream().anyMatch(name -> managed.matcher(name).matches())) {
            return true;
        }
        for (PolicyStatement statement : PolicyStatements.in(template)) {
            boolean applies = statement.owner().name().equals(holder.name())
                    || List.of("Roles", "Users", "Groups").stream().anyMatch(p -> PolicyValues.items(statement.owner().property(p))
                    .stream().anyMatch(v -> Values.target(v).filter(holder.name()::equals).isPresent()));
            if (applies && statement.allows() && !statement.owner().isOfType("AWS::KMS::Key")
                    && PolicyValues.literals(statement.statement().get("Action")).stream().anyMatch(a -> IamActions.grants(a.value(), action))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Kind> kindOf(RoleUsage.Wire wire, Template template) {
        String type = template.resource(wire.target()).flatMap(Resource::type).orElse("");
        return switch (type) {
            case "AWS::S3::Bucket" -> Optional.of(Kind.BUCKET);
            case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" ->
                    Optional.of(wire.attribute().equals("StreamArn") ? Kind.TABLE_STREAM : Kind.TABLE);
            case "AWS::SQS::Queue" -> Optional.of(Kind.QUEUE);
            case "AWS::SNS::Topic" -> Optional.of(Kind.TOPIC);
            case "AWS::SecretsManager::Secret" -> Optional.of(Kind.SECRET);
            case "AWS::Logs::LogGroup" -> Optional.of(Kind.LOG_GROUP);
            case "AWS::Kinesis::Stream" -> Optional.of(Kind.STREAM);
            default -> Optional.empty();
        };
    }

    /** A KMS key of the template the wire names, directly or through an alias. */
    private static Optional<String> keyOf(RoleUsage.Wire wire, Template template) {
        Optional<Resource> resource = template.resource(wire.target());
        if (resource.filter(r -> r.isOfType(KmsKeys.KEY_TYPE)).isPresent()) {
            return Optional.of(wire.target());
        }
        return resource.filter(r -> r.isOfType("AWS::KMS::Alias")).flatMap(alias -> alias.property("TargetKeyId"))
                .flatMap(target -> KmsKeys.keyOf(target, template)).map(Resource::name);
    }

    private static EditValue.Mapping policy(String name, List<EditValue> statements) {
        return EditValue.map().put("PolicyName", name)
                .put("PolicyDocument", EditValue.map().put("Version", VERSION)
                        .put("Statement", new EditValue.Sequence(statements)).build())
                .build();
    }

    static EditValue.Mapping statement(List<String> actions, List<EditValue> resources) {
        EditValue action = actions.size() == 1 ? EditValue.text(actions.get(0))
                : new EditValue.Sequence(actions.stream().map(a -> (EditValue) EditValue.text(a)).toList());
        EditValue resource = resources.size() == 1 ? resources.get(0) : new EditValue.Sequence(resources);
        return EditValue.map().put("Effect", "Allow").put("Action", action).put("Resource", resource).build();
    }

    /** The kinds of wired resources, in the order their statements are written. */
    private enum Kind {
        BUCKET(Service.S3), TABLE(Service.DYNAMODB), TABLE_STREAM(Service.DYNAMODB), QUEUE(Service.SQS),
        TOPIC(Service.SNS), STREAM(Service.KINESIS), SECRET(Service.SECRETS_MANAGER), KEY(Service.KMS),
        LOG_GROUP(Service.LOGS);

        final Service service;

        Kind(Service service) {
            this.service = service;
        }

        List<EditValue> statements(List<String> ids) {
            return switch (this) {
                case BUCKET -> List.of(
                        statement(List.of("s3:ListBucket"), each(ids, id -> EditValue.getAtt(id, "Arn"))),
                        statement(List.of("s3:GetObject", "s3:PutObject"), each(ids, id -> EditValue.sub("${" + id + ".Arn}/*"))));
                case TABLE -> List.of(statement(List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"),
                        ids.stream().flatMap(id -> Stream.<EditValue>of(EditValue.getAtt(id, "Arn"),
                                EditValue.sub("${" + id + ".Arn}/index/*"))).toList()));
                case TABLE_STREAM -> List.of(
                        statement(List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"),
                                each(ids, id -> EditValue.getAtt(id, "StreamArn"))),
                        statement(List.of("dynamodb:ListStreams"), List.of(EditValue.text("*"))));
                case QUEUE -> List.of(statement(List.of("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage",
                        "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"), each(ids, id -> EditValue.getAtt(id, "Arn"))));
                case TOPIC -> List.of(statement(List.of("sns:Publish"), each(ids, EditValue::ref)));
                case STREAM -> List.of(statement(List.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
                        "kinesis:ListShards", "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:PutRecord",
                        "kinesis:PutRecords"), each(ids, id -> EditValue.getAtt(id, "Arn"))));
                case SECRET -> List.of(statement(List.of("secretsmanager:GetSecretValue"), each(ids, EditValue::ref)));
                case KEY -> List.of(statement(List.of("kms:Decrypt", "kms:GenerateDataKey"), each(ids, id -> EditValue.getAtt(id, "Arn"))));
                case LOG_GROUP -> List.of(statement(List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                        each(ids, id -> EditValue.getAtt(id, "Arn"))));
            };
        }

        private static List<EditValue> each(List<String> ids, Function<String, EditValue> arn) {
            return ids.stream().map(arn).toList();
        }
    }
}
