package dev.cfnlsp.bench.generate;

import static dev.cfnlsp.bench.generate.Tree.list;
import static dev.cfnlsp.bench.generate.Tree.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic CloudFormation template with exactly the requested number of resources: application units
 * (buckets, queues and topics, Lambda functions with their roles, EC2 instances, RDS databases) that reference each
 * other and the template's parameters, conditions and mappings. The same size and seed give the same template.
 */
public final class TemplateGenerator {
    /** CloudFormation's quota on outputs; resources past its own quota of 500 are the point of a benchmark. */
    static final int MAX_OUTPUTS = 200;

    private TemplateGenerator() {
    }

    public static String generate(int resourceCount, long seed, Format format) {
        return format.write(tree(resourceCount, seed));
    }

    static Map<String, Object> tree(int resourceCount, long seed) {
        Workloads workloads = new Workloads(new Random(seed));
        while (workloads.resourceCount() < resourceCount) {
            workloads.addUnit(resourceCount - workloads.resourceCount());
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "Benchmark stack of " + resourceCount + " resources (generated, seed " + seed + ")");
        template.put("Parameters", parameters());
        template.put("Mappings", map("EnvironmentSettings", map(
                "dev", environment("t3.micro", "db.t3.micro", 256),
                "staging", environment("t3.small", "db.t3.small", 512),
                "prod", environment("m5.large", "db.m5.large", 1024))));
        template.put("Conditions", map(
                "IsProd", Fn.equalTo(Fn.ref("Environment"), "prod"),
                "KeepsBackups", Fn.or(Fn.condition("IsProd"), Fn.equalTo(Fn.ref("Environment"), "staging"))));
        template.put("Resources", workloads.resources());
        template.put("Outputs", workloads.outputs());
        return template;
    }

    private static Map<String, Object> parameters() {
        return map(
                "Environment", map("Type", "String", "Default", "dev", "AllowedValues", list("dev", "staging", "prod"),
                        "Description", "Deployment stage"),
                "ProjectName", map("Type", "String", "Default", "shop", "AllowedPattern", "^[a-z][a-z0-9-]*$"),
                "VpcId", map("Type", "AWS::EC2::VPC::Id"),
                "SubnetIds", map("Type", "List<AWS::EC2::Subnet::Id>", "Description", "Private subnets, two or more"),
                "LatestAmiId", map("Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                        "Default", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"));
    }

    private static Map<String, Object> environment(String instanceType, String databaseClass, int lambdaMemory) {
        return map("InstanceType", instanceType, "DatabaseClass", databaseClass, "LambdaMemory", lambdaMemory);
    }

    /** The tags every taggable resource carries; the cost centre is where the bench runner types. */
    static List<Object> tags(int costCentre) {
        return list(
                map("Key", "Project", "Value", Fn.ref("ProjectName")),
                map("Key", "Environment", "Value", Fn.ref("Environment")),
                map("Key", "CostCenter", "Value", "cc-" + costCentre));
    }
}
