package dev.cfnlsp.hover;

import java.util.Map;
import java.util.Optional;

/** One-line descriptions, signatures and examples of the intrinsic functions and pseudo parameters. */
final class IntrinsicDocs {
    private record Doc(String summary, String signature, String example) {
    }

    private static final Map<String, Doc> FUNCTIONS = Map.ofEntries(
            Map.entry("Ref", new Doc("The value of a parameter, or the identifier of a resource.", "Ref: LogicalId", "!Ref AppBucket")),
            Map.entry("Fn::GetAtt", new Doc("An attribute of a resource.", "Fn::GetAtt: [LogicalId, Attribute]", "!GetAtt AppBucket.Arn")),
            Map.entry("Fn::Sub", new Doc("A string with ${Name} and ${Resource.Attribute} replaced; ${!Text} stays literal.",
                    "Fn::Sub: String | [String, {Name: Value}]", "!Sub \"arn:${AWS::Partition}:s3:::${AppBucket}/*\"")),
            Map.entry("Fn::Join", new Doc("Values joined with a delimiter.", "Fn::Join: [Delimiter, [Value, ...]]", "!Join [\",\", [a, b]]")),
            Map.entry("Fn::Select", new Doc("The item at an index of a list.", "Fn::Select: [Index, List]", "!Select [0, !GetAZs \"\"]")),
            Map.entry("Fn::Split", new Doc("A string split into a list at a delimiter.", "Fn::Split: [Delimiter, String]", "!Split [\",\", !Ref Subnets]")),
            Map.entry("Fn::If", new Doc("One of two values depending on a condition; AWS::NoValue removes the property.",
                    "Fn::If: [Condition, ValueIfTrue, ValueIfFalse]", "!If [IsProd, 3, !Ref AWS::NoValue]")),
            Map.entry("Fn::Equals", new Doc("True when two values are equal (in Conditions).", "Fn::Equals: [Value, Value]", "!Equals [!Ref Stage, prod]")),
            Map.entry("Fn::And", new Doc("True when every condition is true (2 to 10).", "Fn::And: [Condition, ...]", "!And [!Condition IsProd, !Condition InUsEast1]")),
            Map.entry("Fn::Or", new Doc("True when any condition is true (2 to 10).", "Fn::Or: [Condition, ...]", "!Or [!Condition IsProd, !Condition IsStaging]")),
            Map.entry("Fn::Not", new Doc("The negation of a condition.", "Fn::Not: [Condition]", "!Not [!Condition IsProd]")),
            Map.entry("Condition", new Doc("The value of a named condition, inside condition functions.", "Condition: ConditionName", "!Condition IsProd")),
            Map.entry("Fn::FindInMap", new Doc("A value from the Mappings section.", "Fn::FindInMap: [MapName, TopLevelKey, SecondLevelKey]",
                    "!FindInMap [RegionMap, !Ref AWS::Region, Ami]")),
            Map.entry("Fn::Base64", new Doc("A string encoded as Base64 (for EC2 user data).", "Fn::Base64: String", "!Base64 !Sub \"echo ${Stage}\"")),
            Map.entry("Fn::Cidr", new Doc("A list of CIDR blocks carved out of a block.", "Fn::Cidr: [IpBlock, Count, CidrBits]", "!Cidr [!GetAtt Vpc.CidrBlock, 4, 8]")),
            Map.entry("Fn::ImportValue", new Doc("A value exported by another stack in the same region.", "Fn::ImportValue: ExportName",
                    "!ImportValue !Sub \"${Network}-VpcId\"")),
            Map.entry("Fn::GetAZs", new Doc("The availability zones of a region (\"\" for the stack's region).", "Fn::GetAZs: Region", "!GetAZs \"\"")),
            Map.entry("Fn::Transform", new Doc("Runs a macro on part of the template.", "Fn::Transform: {Name: Macro, Parameters: {...}}",
                    "Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/snippet.yaml}}")),
            Map.entry("Fn::Length", new Doc("The number of items of a list (AWS::LanguageExtensions).", "Fn::Length: List", "!Length !Ref Subnets")),
            Map.entry("Fn::ToJsonString", new Doc("An object or list written as a JSON string (AWS::LanguageExtensions).",
                    "Fn::ToJsonString: Value", "!ToJsonString {key: value}")));

    private static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::AccountId", "The id of the account the stack is deployed in, e.g. 123456789012.",
            "AWS::Region", "The region the stack is deployed in, e.g. eu-west-1.",
            "AWS::StackName", "The name of the stack.",
            "AWS::StackId", "The ARN of the stack.",
            "AWS::Partition", "The partition: aws, aws-cn or aws-us-gov — use it to build ARNs that work everywhere.",
            "AWS::URLSuffix", "The domain suffix of the partition, usually amazonaws.com.",
            "AWS::NotificationARNs", "The SNS topics the stack sends its events to.",
            "AWS::NoValue", "Removes the property it is assigned to, typically as a branch of Fn::If.");

    private IntrinsicDocs() {
    }

    static Optional<String> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name)).map(doc -> "### " + name + "\n\n" + doc.summary()
                + "\n\n```yaml\n" + doc.signature() + "\n```\nExample: `" + doc.example() + "`");
    }

    static Optional<String> pseudoParameter(String name) {
        return Optional.ofNullable(PSEUDO_PARAMETERS.get(name)).map(text -> "### " + name + "\n\nPseudo parameter. " + text);
    }
}
