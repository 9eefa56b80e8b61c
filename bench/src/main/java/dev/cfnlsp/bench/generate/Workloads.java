package dev.cfnlsp.bench.generate;

import static dev.cfnlsp.bench.generate.Tree.list;
import static dev.cfnlsp.bench.generate.Tree.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** The resources of a generated template, added one application unit at a time; later units use earlier ones. */
final class Workloads {
    private static final List<String> DOMAINS = List.of("Orders", "Billing", "Users", "Catalog", "Search", "Payments",
            "Shipping", "Reviews", "Inventory", "Reports", "Audit", "Media", "Notify", "Pricing", "Session", "Ledger");
    private static final String POLICY_VERSION = "2012-10-17";

    private final Random random;
    private final Map<String, Object> resources = new LinkedHashMap<>();
    private final Map<String, Object> outputs = new LinkedHashMap<>();
    private int units;
    private String lastBucket;
    private String lastQueue;
    private String lastInstanceGroup;

    Workloads(Random random) {
        this.random = random;
    }

    int resourceCount() {
        return resources.size();
    }

    Map<String, Object> resources() {
        return resources;
    }

    Map<String, Object> outputs() {
        return outputs;
    }

    /** Adds a unit of at most {@code room} resources: usually a whole application piece, at the very end a topic. */
    void addUnit(int room) {
        String prefix = DOMAINS.get(random.nextInt(DOMAINS.size())) + ++units;
        int pick = random.nextInt(100);
        if (pick < 20 && room >= 2) {
            storage(prefix);
        } else if (pick < 40 && room >= 5) {
            messaging(prefix);
        } else if (pick < 70 && room >= 5) {
            function(prefix);
        } else if (pick < 85 && room >= 4) {
            compute(prefix);
        } else if (room >= 4) {
            database(prefix);
        } else {
            resource(prefix + "Topic", "AWS::SNS::Topic", map("TopicName", Fn.sub("${AWS::StackName}-" + prefix.toLowerCase()),
                    "Tags", tags()));
        }
    }

    private void storage(String prefix) {
        String bucket = prefix + "Bucket";
        resource(bucket, "AWS::S3::Bucket", map(
                "BucketEncryption", map("ServerSideEncryptionConfiguration", list(map(
                        "ServerSideEncryptionByDefault", map("SSEAlgorithm", "AES256")))),
                "VersioningConfiguration", map("Status", Fn.ifThen("IsProd", "Enabled", "Suspended")),
                "PublicAccessBlockConfiguration", map("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "LifecycleConfiguration", map("Rules", list(map("Id", "expire-old-versions", "Status", "Enabled",
                        "NoncurrentVersionExpiration", map("NoncurrentDays", pick(30, 60, 90))))),
                "Tags", tags()));
        retain(bucket, "Retain");
        resource(prefix + "BucketPolicy", "AWS::S3::BucketPolicy", map(
                "Bucket", Fn.ref(bucket),
                "PolicyDocument", map("Version", POLICY_VERSION, "Statement", list(map(
                        "Sid", "DenyInsecureTransport", "Effect", "Deny", "Principal", "*", "Action", "s3:*",
                        "Resource", list(Fn.getAtt(bucket, "Arn"), Fn.sub("${" + bucket + ".Arn}/*")),
                        "Condition", map("Bool", map("aws:SecureTransport", "false")))))));
        output(bucket + "Name", Fn.ref(bucket));
        lastBucket = bucket;
    }

    private void messaging(String prefix) {
        String queue = prefix + "Queue";
        String topic = prefix + "Topic";
        resource(prefix + "DeadLetters", "AWS::SQS::Queue", map("MessageRetentionPeriod", 1_209_600,
                "SqsManagedSseEnabled", true, "Tags", tags()));
        resource(queue, "AWS::SQS::Queue", map(
                "VisibilityTimeout", pick(30, 60, 300),
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", map("deadLetterTargetArn", Fn.getAtt(prefix + "DeadLetters", "Arn"), "maxReceiveCount", 5),
                "Tags", tags()));
        resource(topic, "AWS::SNS::Topic", map("KmsMasterKeyId", "alias/aws/sns", "Tags", tags()));
        resource(prefix + "Subscription", "AWS::SNS::Subscription", map("Protocol", "sqs", "TopicArn", Fn.ref(topic),
                "Endpoint", Fn.getAtt(queue, "Arn"), "RawMessageDelivery", true));
        resource(prefix + "QueuePolicy", "AWS::SQS::QueuePolicy", map(
                "Queues", list(Fn.ref(queue)),
                "PolicyDocument", map("Version", POLICY_VERSION, "Statement", list(map(
                        "Effect", "Allow", "Principal", map("Service", "sns.amazonaws.com"), "Action", "sqs:SendMessage",
                        "Resource", Fn.getAtt(queue, "Arn"),
                        "Condition", map("ArnEquals", map("aws:SourceArn", Fn.ref(topic))))))));
        lastQueue = queue;
    }

    private void function(String prefix) {
        String role = prefix + "FunctionRole";
        String function = prefix + "Function";
        resource(role, "AWS::IAM::Role", map(
                "AssumeRolePolicyDocument", assumedBy("lambda.amazonaws.com"),
                "ManagedPolicyArns", list(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")),
                "Tags", tags()));
        resource(prefix + "FunctionPolicy", "AWS::IAM::Policy", map(
                "PolicyName", prefix.toLowerCase() + "-data-access",
                "Roles", list(Fn.ref(role)),
                "PolicyDocument", map("Version", POLICY_VERSION, "Statement", dataAccess())));
        boolean python = random.nextBoolean();
        Map<String, Object> variables = map("STAGE", Fn.ref("Environment"));
        Optional.ofNullable(lastBucket).ifPresent(bucket -> variables.put("BUCKET_NAME", Fn.ref(bucket)));
        Optional.ofNullable(lastQueue).ifPresent(queue -> variables.put("QUEUE_URL", Fn.ref(queue)));
        resource(function, "AWS::Lambda::Function", map(
                "Runtime", python ? pick("python3.12", "python3.13") : "nodejs22.x",
                "Handler", "index.handler",
                "Role", Fn.getAtt(role, "Arn"),
                "MemorySize", Fn.findInMap("EnvironmentSettings", Fn.ref("Environment"), "LambdaMemory"),
                "Timeout", pick(10, 30, 60),
                "Code", map("ZipFile", python
                        ? "import os\n\ndef handler(event, context):\n    return {\"stage\": os.environ[\"STAGE\"], \"records\": len(event.get(\"Records\", []))}\n"
                        : "exports.handler = async (event) => ({ stage: process.env.STAGE, records: (event.Records || []).length });\n"),
                "Environment", map("Variables", variables),
                "Tags", tags()));
        resource(function + "Logs", "AWS::Logs::LogGroup", map("LogGroupName", Fn.sub("/aws/lambda/${" + function + "}"),
                "RetentionInDays", pick(14, 30, 90)));
        Map<String, Object> alarm = map(
                "AlarmDescription", Fn.sub("Errors of ${" + function + "}"),
                "Namespace", "AWS/Lambda", "MetricName", "Errors",
                "Dimensions", list(map("Name", "FunctionName", "Value", Fn.ref(function))),
                "Statistic", "Sum", "Period", 60, "EvaluationPeriods", 1, "Threshold", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold", "TreatMissingData", "notBreaching");
        resources.put(function + "Errors", map("Type", "AWS::CloudWatch::Alarm", "Condition", "IsProd", "Properties", alarm));
        output(function + "Arn", Fn.getAtt(function, "Arn"));
    }

    private List<Object> dataAccess() {
        Map<String, Object> logs = map("Effect", "Allow", "Action", list("cloudwatch:PutMetricData"), "Resource", "*");
        if (lastBucket == null && lastQueue == null) {
            return list(logs);
        }
        return list(logs, lastBucket != null
                ? map("Effect", "Allow", "Action", list("s3:GetObject", "s3:PutObject"), "Resource", Fn.sub("${" + lastBucket + ".Arn}/*"))
                : map("Effect", "Allow", "Action", list("sqs:SendMessage"), "Resource", Fn.getAtt(lastQueue, "Arn")));
    }

    private void compute(String prefix) {
        String group = prefix + "InstanceSecurityGroup";
        String role = prefix + "InstanceRole";
        resource(group, "AWS::EC2::SecurityGroup", map(
                "GroupDescription", Fn.sub("HTTPS to the " + prefix + " hosts of ${AWS::StackName}"),
                "VpcId", Fn.ref("VpcId"),
                "SecurityGroupIngress", list(map("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "10.0.0.0/8")),
                "Tags", tags()));
        resource(role, "AWS::IAM::Role", map(
                "AssumeRolePolicyDocument", assumedBy("ec2.amazonaws.com"),
                "ManagedPolicyArns", list(Fn.sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")),
                "Tags", tags()));
        resource(prefix + "InstanceProfile", "AWS::IAM::InstanceProfile", map("Roles", list(Fn.ref(role))));
        resource(prefix + "Instance", "AWS::EC2::Instance", map(
                "ImageId", Fn.ref("LatestAmiId"),
                "InstanceType", Fn.findInMap("EnvironmentSettings", Fn.ref("Environment"), "InstanceType"),
                "SubnetId", Fn.select(random.nextInt(2), Fn.ref("SubnetIds")),
                "SecurityGroupIds", list(Fn.getAtt(group, "GroupId")),
                "IamInstanceProfile", Fn.ref(prefix + "InstanceProfile"),
                "Monitoring", Fn.ifThen("IsProd", true, false),
                "BlockDeviceMappings", list(map("DeviceName", "/dev/xvda",
                        "Ebs", map("VolumeSize", pick(20, 50, 100), "VolumeType", "gp3", "Encrypted", true))),
                "UserData", map("Fn::Base64", Fn.sub("#!/bin/bash\ndnf install -y nginx\necho ${AWS::StackName} > /usr/share/nginx/html/index.html\nsystemctl enable --now nginx\n")),
                "Tags", tags()));
        lastInstanceGroup = group;
    }

    private void database(String prefix) {
        String group = prefix + "DatabaseSecurityGroup";
        Map<String, Object> ingress = map("IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432);
        if (lastInstanceGroup != null) {
            ingress.put("SourceSecurityGroupId", Fn.getAtt(lastInstanceGroup, "GroupId"));
        } else {
            ingress.put("CidrIp", "10.0.0.0/16");
        }
        resource(group, "AWS::EC2::SecurityGroup", map(
                "GroupDescription", "PostgreSQL from the application hosts",
                "VpcId", Fn.ref("VpcId"),
                "SecurityGroupIngress", list(ingress),
                "Tags", tags()));
        resource(prefix + "DatabaseSubnets", "AWS::RDS::DBSubnetGroup", map(
                "DBSubnetGroupDescription", "Private subnets of the " + prefix + " database",
                "SubnetIds", Fn.ref("SubnetIds"),
                "Tags", tags()));
        resource(prefix + "DatabaseParameters", "AWS::RDS::DBParameterGroup", map(
                "Description", "Logs slow statements",
                "Family", "postgres16",
                "Parameters", map("log_min_duration_statement", "500"),
                "Tags", tags()));
        String database = prefix + "Database";
        resource(database, "AWS::RDS::DBInstance", map(
                "Engine", "postgres",
                "EngineVersion", "16.9",
                "DBInstanceClass", Fn.findInMap("EnvironmentSettings", Fn.ref("Environment"), "DatabaseClass"),
                "AllocatedStorage", String.valueOf(pick(20, 50, 100)),
                "StorageType", "gp3",
                "StorageEncrypted", true,
                "MasterUsername", "app_admin",
                "ManageMasterUserPassword", true,
                "MultiAZ", Fn.ifThen("IsProd", true, false),
                "BackupRetentionPeriod", Fn.ifThen("KeepsBackups", 14, 7),
                "DeletionProtection", true,
                "PubliclyAccessible", false,
                "DBSubnetGroupName", Fn.ref(prefix + "DatabaseSubnets"),
                "DBParameterGroupName", Fn.ref(prefix + "DatabaseParameters"),
                "VPCSecurityGroups", list(Fn.getAtt(group, "GroupId")),
                "Tags", tags()));
        retain(database, "Snapshot");
        output(database + "Endpoint", Fn.getAtt(database, "Endpoint.Address"));
    }

    private static Map<String, Object> assumedBy(String service) {
        return map("Version", POLICY_VERSION, "Statement", list(map(
                "Effect", "Allow", "Principal", map("Service", service), "Action", "sts:AssumeRole")));
    }

    private void resource(String name, String type, Map<String, Object> properties) {
        resources.put(name, map("Type", type, "Properties", properties));
    }

    @SuppressWarnings("unchecked")
    private void retain(String name, String policy) {
        Map<String, Object> resource = (Map<String, Object>) resources.get(name);
        resource.put("DeletionPolicy", policy);
        resource.put("UpdateReplacePolicy", policy);
    }

    private void output(String name, Object value) {
        if (outputs.size() < TemplateGenerator.MAX_OUTPUTS) {
            outputs.put(name, map("Value", value, "Export", map("Name", Fn.sub("${AWS::StackName}-" + name))));
        }
    }

    private List<Object> tags() {
        return TemplateGenerator.tags(1000 + random.nextInt(9000));
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
