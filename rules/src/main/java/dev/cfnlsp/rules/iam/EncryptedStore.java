package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An S3 bucket or a Secrets Manager secret whose data the template encrypts with one of its own KMS keys: reading it
 * needs {@code kms:Decrypt}, writing it {@code kms:GenerateDataKey}, on that key.
 */
record EncryptedStore(Resource store, Resource key, Kind kind) {
    static final String DECRYPT = "kms:Decrypt";
    static final String GENERATE_DATA_KEY = "kms:GenerateDataKey";
    private static final Set<String> KMS_ALGORITHMS = Set.of("aws:kms", "aws:kms:dsse");

    enum Kind {
        BUCKET("objects of bucket", List.of("s3:GetObject", "s3:GetObjectVersion"), List.of("s3:PutObject")),
        SECRET("secret", List.of("secretsmanager:GetSecretValue"), List.of("secretsmanager:PutSecretValue"));

        final String dataDescription;
        final List<String> reads;
        final List<String> writes;

        Kind(String dataDescription, List<String> reads, List<String> writes) {
            this.dataDescription = dataDescription;
            this.reads = reads;
            this.writes = writes;
        }
    }

    static List<EncryptedStore> in(Template template) {
        List<EncryptedStore> stores = new ArrayList<>();
        for (Resource resource : template.resources()) {
            if (resource.isOfType("AWS::S3::Bucket")) {
                bucketKey(resource, template).ifPresent(key -> stores.add(new EncryptedStore(resource, key, Kind.BUCKET)));
            } else if (resource.isOfType("AWS::SecretsManager::Secret")) {
                resource.property("KmsKeyId").flatMap(value -> KmsKeys.keyOf(value, template))
                        .ifPresent(key -> stores.add(new EncryptedStore(resource, key, Kind.SECRET)));
            }
        }
        return stores;
    }

    /** The template key of the bucket's default encryption rule, when the rule uses SSE-KMS with it. */
    private static Optional<Resource> bucketKey(Resource bucket, Template template) {
        List<TemplateNode> rules = bucket.property("BucketEncryption")
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(encryption -> encryption.get("ServerSideEncryptionConfiguration"))
                .map(Values::items).orElse(List.of());
        for (TemplateNode rule : rules) {
            Optional<MappingNode> byDefault = Optional.of(rule).filter(MappingNode.class::isInstance)
                    .map(MappingNode.class::cast).flatMap(r -> r.mapping("ServerSideEncryptionByDefault"));
            boolean usesKms = byDefault.flatMap(d -> Values.literal(d.get("SSEAlgorithm")))
                    .filter(KMS_ALGORITHMS::contains).isPresent();
            Optional<Resource> key = byDefault.flatMap(d -> d.get("KMSMasterKeyID")).flatMap(id -> KmsKeys.keyOf(id, template));
            if (usesKms && key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a policy Resource value names this store's data: a bucket's objects ({@code ${Bucket.Arn}/*},
     * {@code arn:aws:s3:::${Bucket}/key}, or the literal bucket name), a secret by its ARN.
     */
    boolean isNamedBy(TemplateNode value) {
        Optional<String> text = StringParts.of(value).map(parts -> parts.render().replace("${AWS::Partition}", "aws"));
        if (text.isEmpty()) {
            return false;
        }
        String name = store.name();
        if (kind == Kind.SECRET) {
            return List.of("${" + name + "}", "${" + name + "}*", "${" + name + ".Id}").contains(text.get());
        }
        String bucketName = Values.literal(store.property("BucketName")).map(Pattern::quote).orElse(null);
        String objects = "(?:arn:aws[a-z-]*:s3:::(?:\\$\\{" + Pattern.quote(name) + "}"
                + (bucketName == null ? "" : "|" + bucketName) + ")|\\$\\{" + Pattern.quote(name) + "\\.Arn})[/*].*";
        return text.get().matches(objects);
    }

    String description() {
        return kind.dataDescription + " '" + store.name() + "'";
    }
}
