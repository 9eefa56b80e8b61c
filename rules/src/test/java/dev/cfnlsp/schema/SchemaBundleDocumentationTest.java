package dev.cfnlsp.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checks the documentation in the committed bundle against the text of the aws-service-spec database. */
class SchemaBundleDocumentationTest {

    private final SchemaBundle bundle = SchemaBundle.shared();
    private final TypeDocumentation bucket = bundle.documentation("AWS::S3::Bucket").orElseThrow();

    @Test
    void typeDescription() {
        String description = bucket.description().orElseThrow();
        assertTrue(description.startsWith("The `AWS::S3::Bucket` resource creates an Amazon S3 bucket"), description);
        assertEquals(description.strip(), description);
    }

    @Test
    void propertyAndAttributeDocs() {
        assertTrue(bucket.propertyDoc("BucketName").orElseThrow().contains("A name for the bucket."));
        assertTrue(bucket.attributeDoc("Arn").orElseThrow().startsWith("Returns the Amazon Resource Name (ARN)"));
        assertEquals(Optional.empty(), bucket.propertyDoc("NoSuchProperty"));
        assertEquals(Optional.empty(), bucket.attributeDoc("NoSuchAttribute"));
    }

    @Test
    void nestedAttributeIsDotted() {
        TypeDocumentation dbInstance = bundle.documentation("AWS::RDS::DBInstance").orElseThrow();
        assertTrue(dbInstance.attributeDoc("Endpoint.Address").isPresent());
    }

    @Test
    void nestedPropertyDocsAreFoundThroughTheDefinitionName() {
        ValueSchema encryption = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow()
                .properties().properties().get("BucketEncryption");
        assertEquals(Optional.of("BucketEncryption"), encryption.definitionName());
        ValueSchema rule = encryption.properties().get("ServerSideEncryptionConfiguration").items().orElseThrow();
        assertEquals(Optional.of("ServerSideEncryptionRule"), rule.definitionName());
        ValueSchema byDefault = rule.properties().get("ServerSideEncryptionByDefault");

        String definition = byDefault.definitionName().orElseThrow();
        assertEquals("ServerSideEncryptionByDefault", definition);
        assertTrue(bucket.definitionPropertyDoc(definition, "SSEAlgorithm").orElseThrow()
                .startsWith("Server-side encryption algorithm to use for the default encryption."));
        assertEquals(Optional.empty(), bucket.definitionPropertyDoc(definition, "NoSuchProperty"));
        assertEquals(Optional.empty(), bucket.definitionPropertyDoc("NoSuchDefinition", "SSEAlgorithm"));
    }

    @Test
    void valuesDefinedInPlaceHaveNoDefinitionName() {
        ValueSchema properties = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow().properties();
        assertEquals(Optional.empty(), properties.definitionName());
        assertEquals(Optional.empty(), properties.properties().get("BucketName").definitionName());
    }

    @Test
    void referenceUrls() {
        String userGuide = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/";
        assertEquals(userGuide + "aws-resource-s3-bucket.html", bucket.referenceUrl());
        assertEquals(userGuide + "aws-properties-s3-bucket-serversideencryptionrule.html",
                bucket.definitionUrl("ServerSideEncryptionRule"));
        assertEquals(userGuide + "aws-resource-ec2-vpcgatewayattachment.html",
                bundle.documentation("AWS::EC2::VPCGatewayAttachment").orElseThrow().referenceUrl());
    }

    @Test
    void unknownTypeIsEmpty() {
        assertEquals(Optional.empty(), bundle.documentation("AWS::S3::NoSuchThing"));
        assertEquals(Optional.empty(), bundle.documentation("AWS::NoSuchService::Thing"));
    }

    @Test
    void serviceFileIsReadOnce() {
        assertSame(bundle.documentation("AWS::S3::Bucket").orElseThrow(),
                bundle.documentation("AWS::S3::Bucket").orElseThrow());
    }
}
