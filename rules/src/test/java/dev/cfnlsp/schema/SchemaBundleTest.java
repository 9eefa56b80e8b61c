package dev.cfnlsp.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks the bundle committed under src/main/resources against facts from shared/cfn-schemas. */
class SchemaBundleTest {

    private final SchemaBundle bundle = SchemaBundle.shared();

    @Test
    void sharedIsOneInstance() {
        assertSame(bundle, SchemaBundle.shared());
    }

    @Test
    void knowsRegionsAndTypes() {
        assertTrue(bundle.regions().containsAll(List.of("us-east-1", "us-west-1", "eu-central-1", "cn-north-1")));
        assertTrue(bundle.resourceTypeNames().containsAll(List.of("AWS::S3::Bucket", "AWS::Lambda::Function")));
        assertTrue(bundle.resourceTypeNames().size() > 1000, "all types of all regions");
    }

    @Test
    void typeMissingInSomeRegions() {
        assertEquals(Set.of("us-west-2"), bundle.regionsFor("AWS::DeviceFarm::Project"));
        assertTrue(bundle.isAvailableIn("AWS::DeviceFarm::Project", "us-west-2"));
        assertFalse(bundle.isAvailableIn("AWS::DeviceFarm::Project", "us-east-1"));
        assertEquals(Set.of("eu-south-1", "eu-west-1"), bundle.regionsFor("AWS::Lambda::ResourcePolicy"));
        assertTrue(bundle.isAvailableIn("AWS::S3::Bucket", "us-west-1"));
    }

    @Test
    void typeOutsideUsEast1StillHasASchema() {
        ResourceSchema policy = bundle.resourceSchema("AWS::Lambda::ResourcePolicy").orElseThrow();
        assertFalse(policy.properties().properties().isEmpty());
    }

    @Test
    void unknownTypeIsEmpty() {
        assertEquals(Optional.empty(), bundle.resourceSchema("AWS::S3::NoSuchThing"));
        assertEquals(Optional.empty(), bundle.resourceSchema("AWS::NoSuchService::Thing"));
        assertTrue(bundle.regionsFor("AWS::S3::NoSuchThing").isEmpty());
        assertFalse(bundle.isAvailableIn("AWS::S3::NoSuchThing", "us-east-1"));
    }

    @Test
    void bucketPropertiesAreNested() {
        ResourceSchema bucket = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow();
        ValueSchema properties = bucket.properties();
        assertEquals(Set.of(JsonType.OBJECT), properties.types());
        assertFalse(properties.allowsAdditionalProperties());
        assertEquals(Set.of(JsonType.STRING), properties.properties().get("BucketName").types());
        assertEquals(Optional.of("^([a-z0-9][a-z0-9.-]*[a-z0-9])?$"),
                properties.properties().get("BucketName").pattern());

        ValueSchema encryption = properties.properties().get("BucketEncryption");
        assertEquals(Set.of("ServerSideEncryptionConfiguration"), encryption.required());
        ValueSchema rule = encryption.properties().get("ServerSideEncryptionConfiguration").items().orElseThrow();
        ValueSchema byDefault = rule.properties().get("ServerSideEncryptionByDefault");
        assertTrue(byDefault.required().contains("SSEAlgorithm"));
        assertTrue(byDefault.properties().get("SSEAlgorithm").enumValues().contains("aws:kms"));
        assertFalse(byDefault.allowsAdditionalProperties());
    }

    @Test
    void bucketMetadata() {
        ResourceSchema bucket = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow();
        assertEquals("AWS::S3::Bucket", bucket.typeName());
        assertTrue(bucket.attributes().containsAll(List.of("Arn", "DomainName", "RegionalDomainName", "WebsiteURL")));
        assertTrue(bucket.createOnlyProperties().contains("BucketName"));
        assertEquals(List.of("BucketName"), bucket.primaryIdentifier());
        assertTrue(bucket.taggable());
        assertEquals(Optional.of("Tags"), bucket.tagsProperty());
    }

    @Test
    void attributesAreDottedForNestedReadOnlyProperties() {
        assertTrue(bundle.resourceSchema("AWS::EC2::Instance").orElseThrow().attributes().contains("PrivateIp"));
        Set<String> dbInstance = bundle.resourceSchema("AWS::RDS::DBInstance").orElseThrow().attributes();
        assertTrue(dbInstance.containsAll(List.of("Endpoint.Address", "Endpoint.Port", "MasterUserSecret.SecretArn")));
    }

    @Test
    void numericBoundsAndLengths() {
        ValueSchema bucketName = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow()
                .properties().properties().get("BucketName");
        assertEquals(63, bucketName.maxLength().orElseThrow());
        ValueSchema lifecycleRule = bundle.resourceSchema("AWS::S3::Bucket").orElseThrow().properties()
                .properties().get("LifecycleConfiguration").properties().get("Rules").items().orElseThrow();
        ValueSchema days = lifecycleRule.properties().get("AbortIncompleteMultipartUpload")
                .properties().get("DaysAfterInitiation");
        assertEquals(Set.of(JsonType.INTEGER), days.types());
        assertEquals(0, days.minimum().orElseThrow().intValue());
    }

    @Test
    void recursiveDefinitionIsOneSharedInstance() {
        ValueSchema webAcl = bundle.resourceSchema("AWS::WAFv2::WebACL").orElseThrow().properties();
        ValueSchema statement = webAcl.properties().get("Rules").items().orElseThrow().properties().get("Statement");
        ValueSchema nested = statement.properties().get("AndStatement").properties().get("Statements")
                .items().orElseThrow();
        assertSame(statement, nested);
        assertSame(statement, nested.properties().get("NotStatement").properties().get("Statement"));
    }

    @Test
    void concurrentLookupsShareOneServiceFile() {
        List<ResourceSchema> schemas = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> bundle.resourceSchema("AWS::SQS::Queue")))
                .map(CompletableFuture::join)
                .map(Optional::orElseThrow)
                .toList();
        schemas.forEach(schema -> assertSame(schemas.get(0), schema));
    }

    @Test
    void availabilityZones() {
        assertEquals(List.of("us-west-1a", "us-west-1c"), bundle.availabilityZones("us-west-1"));
        assertTrue(bundle.availabilityZones("xx-nowhere-1").isEmpty());
    }

    @Test
    void elbLogDelivery() {
        assertEquals(Optional.of("027434742980"), bundle.elbLogDeliveryAccount("us-west-1"));
        assertEquals(Optional.empty(), bundle.elbLogDeliveryAccount("ap-southeast-5"));
        assertEquals("logdelivery.elasticloadbalancing.amazonaws.com", bundle.elbLogDeliveryServicePrincipal());
    }

    @Test
    void statefulTypes() {
        assertTrue(bundle.isStateful("AWS::S3::Bucket"));
        assertTrue(bundle.isStateful("AWS::RDS::DBCluster"));
        assertFalse(bundle.isStateful("AWS::SNS::Topic"));
    }

    @Test
    void lambdaRuntimeLifecycle() {
        LambdaRuntime python38 = bundle.lambdaRuntime("python3.8").orElseThrow();
        assertEquals(new LambdaRuntime("python3.8", Optional.of(LocalDate.of(2024, 10, 14)),
                Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2026, 7, 1)),
                Optional.of("python3.14")), python38);
        assertEquals(Optional.empty(), bundle.lambdaRuntime("java25").orElseThrow().successor());
        assertEquals(Optional.empty(), bundle.lambdaRuntime("cobol85"));
    }

    @ParameterizedTest
    @CsvSource({
        "s3:GetObject, true",
        "S3:getobject, true",
        "ec2:RunInstances, true",
        "ec2:DescribeInstances, false",
        "s3:ListAllMyBuckets, false",
    })
    void iamResourceScope(String action, boolean scoped) {
        assertEquals(Optional.of(scoped), bundle.iamActionSupportsResourceScope(action));
    }

    @ParameterizedTest
    @CsvSource({"s3:NoSuchAction", "nosuchservice:GetObject", "GetObject", "s3:Get*"})
    void unknownIamActionIsEmpty(String action) {
        assertEquals(Optional.empty(), bundle.iamActionSupportsResourceScope(action));
    }

    @Test
    void iamActionsOfAService() {
        assertTrue(bundle.iamActions("s3").containsAll(List.of("getobject", "putobject", "listallmybuckets")));
        assertEquals(bundle.iamActions("s3"), bundle.iamActions("S3"));
        assertTrue(bundle.iamActions("nosuchservice").isEmpty());
    }
}
