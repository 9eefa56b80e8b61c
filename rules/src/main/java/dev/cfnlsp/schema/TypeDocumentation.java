package dev.cfnlsp.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS documentation of one resource type, for hovers: its description and the text of its properties, attributes
 * and the properties of its nested definitions (named as in {@link ValueSchema#definitionName()}). Texts are Markdown as
 * AWS wrote them.
 */
public final class TypeDocumentation {

    private static final String USER_GUIDE = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";

    private final String typeName;
    private final Optional<String> description;
    private final Map<String, String> properties;
    private final Map<String, String> attributes;
    private final Map<String, Map<String, String>> definitions;

    TypeDocumentation(String typeName, Optional<String> description, Map<String, String> properties,
            Map<String, String> attributes, Map<String, Map<String, String>> definitions) {
        this.typeName = typeName;
        this.description = description;
        this.properties = properties;
        this.attributes = attributes;
        this.definitions = definitions;
    }

    public String typeName() {
        return typeName;
    }

    public Optional<String> description() {
        return description;
    }

    /** @param property a top-level property of the resource, e.g. {@code BucketName} */
    public Optional<String> propertyDoc(String property) {
        return Optional.ofNullable(properties.get(property));
    }

    /** @param attribute as written in {@code Fn::GetAtt}, e.g. {@code Arn} or {@code Endpoint.Address} */
    public Optional<String> attributeDoc(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** @param definition a schema definition name, e.g. {@code ServerSideEncryptionByDefault} */
    public Optional<String> definitionPropertyDoc(String definition, String property) {
        return Optional.ofNullable(definitions.getOrDefault(definition, Map.of()).get(property));
    }

    /** The type's page in the CloudFormation User Guide, e.g. {@code .../aws-resource-s3-bucket.html}. */
    public String referenceUrl() {
        return page("resource", "");
    }

    /** The page of a nested property type, e.g. {@code .../aws-properties-s3-bucket-serversideencryptionrule.html}. */
    public String definitionUrl(String definition) {
        return page("properties", "-" + definition);
    }

    /** {@code AWS::S3::Bucket} → {@code aws-<kind>-s3-bucket<suffix>.html}, the file name in lower case. */
    private String page(String kind, String suffix) {
        String[] parts = typeName.split("::");
        String service = String.join("-", Arrays.copyOfRange(parts, 1, parts.length));
        return USER_GUIDE + (parts[0] + "-" + kind + "-" + service + suffix).toLowerCase(Locale.ROOT) + ".html";
    }
}
