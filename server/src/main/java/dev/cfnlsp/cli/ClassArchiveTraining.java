package dev.cfnlsp.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the JVM that writes {@code cfn-lsp.jsa} runs ({@link ClassArchiveCommand}): the classes it loads are the ones
 * archived. It lints (in every output format) and fixes a YAML and a JSON template, so that {@code lint} in CI starts
 * from the archive as the server does, then serves LSP over stdio for the editing session the command drives.
 */
final class ClassArchiveTraining {
    /** Resources of most rule families, with findings and fixes for many of them. */
    static final String YAML = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Environment:
                Type: String
                AllowedValues: [dev, prod]
            Conditions:
              IsProd: !Equals [!Ref Environment, prod]
            Mappings:
              Regions:
                us-east-1: {Ami: ami-12345678}
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketNme: !Sub "${Environment}-assets"
                  VersioningConfiguration: {Status: Enable}
              BucketPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Bucket
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {AWS: "arn:aws:iam::127311923021:root"}
                        Action: s3:PutObject
                        Resource: !Sub "${Bucket.Arn}/*"
              Queue:
                Type: AWS::SQS::Queue
                Condition: IsProd
              Key:
                Type: AWS::KMS::Key
                Properties:
                  KeyPolicy: {Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: "kms:*", Resource: "*"}]}
              Role:
                Type: AWS::IAM::Role
                Properties:
                  ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                  AssumeRolePolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: {Service: lambda.amazonaws.com}
                        Action: "*"
                    Version: "2012-10-17"
                  Policies:
                    - PolicyName: everything
                      PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
              Function:
                Type: AWS::Lambda::Function
                DependsOn: [Bucket, Missing]
                Properties:
                  Runtime: python2.7
                  Handler: index.handler
                  Role: !GetAtt Role.Arn
                  Code: {ZipFile: "def handler(e, c): pass"}
                  Environment:
                    Variables:
                      QUEUE: !If [IsProd, !Ref Queue, !Ref "AWS::NoValue"]
                      TABLE: !Ref Table
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                  BillingMode: PAY_PER_REQUEST
              Database:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: postgres
                  DBInstanceClass: db.t3.micro
                  AllocatedStorage: "20"
                  MasterUsername: admin
                  MasterUserPassword: hunter2hunter2
                  PubliclyAccessible: true
              Secret:
                Type: AWS::SecretsManager::Secret
                Properties:
                  GenerateSecretString: {PasswordLength: 16}
              SecurityGroup:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: web
                  SecurityGroupIngress:
                    - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
              Instance:
                Type: AWS::EC2::Instance
                Properties:
                  ImageId: !FindInMap [Regions, !Ref "AWS::Region", Ami]
                  InstanceType: t3.micro
                  AvailabilityZone: us-east-1z
                  SecurityGroupIds: [!Ref SecurityGroup]
              LoadBalancer:
                Type: AWS::ElasticLoadBalancing::LoadBalancer
                Properties:
                  Listeners: [{LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}]
                  AvailabilityZones: !GetAZs ""
                  AccessLoggingPolicy: {Enabled: true, S3BucketName: !Ref Bucket}
              LaunchConfiguration:
                Type: AWS::AutoScaling::LaunchConfiguration
                Properties:
                  ImageId: ami-12345678
                  InstanceType: t3.micro
              Group:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties:
                  LaunchConfigurationName: !Ref LaunchConfiguration
                  MinSize: "1"
                  MaxSize: "2"
                  AvailabilityZones: [us-east-1a]
              Trail:
                Type: AWS::CloudTrail::Trail
                Properties:
                  IsLogging: false
                  S3BucketName: !Ref Bucket
              Alarm:
                Type: AWS::CloudWatch::Alarm
                Properties:
                  MetricName: Errors
                  Namespace: AWS/Lambda
                  Statistic: Sum
                  Period: 60
                  EvaluationPeriods: 1
                  Threshold: 1
                  ComparisonOperator: GreaterThanThreshold
            Outputs:
              BucketArn:
                Value: !GetAtt Bucket.Arn
                Export: {Name: !Sub "${AWS::StackName}-bucket"}
            """;

    /** The JSON notation, whose parser and long-form intrinsics YAML does not reach. */
    static final String JSON = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": {"Environment": {"Type": "String", "Default": "dev"}},
              "Resources": {
                "Bucket": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${Environment}-logs"}}},
                "Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Fn::Join": ["-", [{"Ref": "Environment"}, "alerts"]]}}},
                "Role": {
                  "Type": "AWS::IAM::Role",
                  "Properties": {
                    "AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
                    "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}]
                  }
                }
              },
              "Outputs": {"TopicArn": {"Value": {"Ref": "Topic"}}, "BucketArn": {"Value": {"Fn::GetAtt": ["Bucket", "Arn"]}}}
            }
            """;

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Files.createTempDirectory("cfn-lsp-class-archive");
        try {
            Files.writeString(directory.resolve("template.yaml"), YAML);
            Files.writeString(directory.resolve("template.json"), JSON);
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            for (OutputFormat format : OutputFormat.values()) {
                new LintCommand(discard, discard).run(List.of("--format", format.name().toLowerCase(Locale.ROOT), directory.toString()));
            }
            new FixCommand(discard, discard).run(List.of("--dry-run", directory.toString()));
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Main.main(new String[] {"serve"});
    }
}
