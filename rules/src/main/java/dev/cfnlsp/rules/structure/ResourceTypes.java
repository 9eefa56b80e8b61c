package dev.cfnlsp.rules.structure;

/** Facts about resource type names that several rules share. */
public final class ResourceTypes {
    private ResourceTypes() {
    }

    /** Custom resources return whatever their handler sends; nested stacks expose {@code Outputs.Name}. */
    public static boolean hasFreeFormAttributes(String type) {
        return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")
                || type.equals("AWS::CloudFormation::Stack") || !type.startsWith("AWS::");
    }
}
