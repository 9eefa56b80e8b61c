package dev.cfnlsp.server.fuzz;

import dev.cfnlsp.TestTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The seed inputs of the fuzzer: every template of {@code ../shared/corpus} (found the way the rules module's
 * {@code CorpusTest} finds it, or {@code -Dcfnlsp.corpus=PATH}) plus a few tiny hand-written templates, which keep
 * a share of the mutants small and therefore fast.
 */
public final class Corpus {
    private Corpus() {
    }

    /** A seed template: a name for reports, its text, and the file extension it is opened with. */
    public record Seed(String name, String text, String extension) {
        public boolean isJson() {
            return extension.equals(".json");
        }
    }

    public static List<Seed> load() {
        Path root = TestTemplates.corpus();
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.matches(".*\\.(ya?ml|json|template)$")) {
                    continue;
                }
                String extension = name.substring(name.lastIndexOf('.'));
                seeds.add(new Seed(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8), extension));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (seeds.size() < 100) {
            throw new IllegalStateException("expected the whole corpus under " + root + ", found " + seeds.size() + " templates");
        }
        seeds.addAll(SMALL);
        return List.copyOf(seeds);
    }

    /** Small templates that reach many features (references, intrinsics, fixes) in a few lines. */
    static final List<Seed> SMALL = List.of(
            new Seed("small/references.yaml", """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Transform: AWS::LanguageExtensions
                    Parameters:
                      Env: {Type: String, AllowedValues: [dev, prod], Default: dev}
                    Conditions:
                      IsProd: !Equals [!Ref Env, prod]
                    Mappings:
                      Sizes: {dev: {Size: 1}, prod: {Size: 3}}
                    Resources:
                      Bucket:
                        Type: AWS::S3::Bucket
                        Condition: IsProd
                        DeletionPolicy: Retain
                        Properties:
                          BucketName: !Sub "${AWS::StackName}-${Env}-data"
                          Tags:
                            - Key: size
                              Value: !FindInMap [Sizes, !Ref Env, Size]
                      Topic:
                        Type: AWS::SNS::Topic
                        DependsOn: [Bucket]
                        Properties:
                          TopicNme: alerts
                          DisplayName: !GetAtt Bucket.Arn
                      Group:
                        Type: AWS::EC2::SecurityGroup
                        Properties:
                          GroupDescription: open
                          SecurityGroupIngress:
                            - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                      Fn::ForEach::Queues:
                        - Name
                        - [A, B]
                        - Queue${Name}: {Type: AWS::SQS::Queue}
                    Outputs:
                      Arn:
                        Value: !If [IsProd, !GetAtt Bucket.Arn, !Ref AWS::NoValue]
                        Export: {Name: !Sub "${AWS::StackName}-arn"}
                    """, ".yaml"),
            new Seed("small/lambda.yml", """
                    AWSTemplateFormatVersion: 2010-09-09
                    Description: >-
                      Ünïcödé 🚀 text
                    Resources:
                      Role:
                        Type: AWS::IAM::Role
                        Properties:
                          AssumeRolePolicyDocument:
                            Statement:
                              - Effect: Allow
                                Principal: {Service: lambda.amazonaws.com}
                                Action: "*"
                                Resource: '*'
                          ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
                      Fn:
                        Type: AWS::Lambda::Function
                        Properties:
                          Runtime: python2.7
                          Handler: index.handler
                          Role: !GetAtt Role.Arn
                          Code:
                            ZipFile: |
                              def handler(event, context):
                                  return "{{resolve:secretsmanager:db:SecretString:password}}"
                          Environment:
                            Variables:
                              PASSWORD: hunter2hunter2
                      Db:
                        Type: AWS::RDS::DBInstance
                        Properties:
                          Engine: mysql
                          DBInstanceClass: db.t3.micro
                          MasterUserPassword: "{{resolve:ssm-secure:/db/password:1}}"
                          PubliclyAccessible: true
                          AvailabilityZone: us-east-1a
                    """, ".yml"),
            new Seed("small/include.json", """
                    {
                      "AWSTemplateFormatVersion": "2010-09-09",
                      "Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://bucket/snippet.yaml"}},
                      "Parameters": {"Name": {"Type": "String", "Default": "x"}},
                      "Resources": {
                        "Queue": {
                          "Type": "AWS::SQS::Queue",
                          "Properties": {
                            "QueueName": {"Fn::Sub": "${Name}-${AWS::Region}"},
                            "VisibilityTimeout": "99999",
                            "Tags": [{"Key": "a", "Value": {"Fn::Transform": {"Name": "MyMacro", "Parameters": {}}}}]
                          }
                        },
                        "Log": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 3}},
                        "Bad": {"Type": "AWS::S3::Buckett", "DependsOn": "Missing"}
                      },
                      "Outputs": {"Url": {"Value": {"Fn::GetAtt": ["Queue", "QueueUrl"]}}}
                    }
                    """, ".json"),
            new Seed("small/sniffed.template", """
                    {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"T": {"Type": "AWS::SNS::Topic",
                     "Properties": {"TopicName": {"Ref": "Nope"}}}}}
                    """, ".template"));
}
