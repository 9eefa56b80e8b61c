package dev.cfnlsp.rules.s3;

import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import java.util.List;

/** The S3 buckets of a template and the parts of their configuration several rules read. */
final class Buckets {
    static final String BUCKET_TYPE = "AWS::S3::Bucket";
    static final String KMS = "aws:kms";
    static final String KMS_DSSE = "aws:kms:dsse";

    private Buckets() {
    }

    /** Buckets whose properties are written out; a Properties value built by an intrinsic may say anything. */
    static List<Resource> in(Template template) {
        return template.resources().stream()
                .filter(r -> r.isOfType(BUCKET_TYPE))
                .filter(r -> r.propertiesNode().map(p -> p instanceof MappingNode || p instanceof ScalarNode s && s.isNull())
                        .orElse(true))
                .toList();
    }

    /** The default-encryption rules written as mappings under {@code BucketEncryption.ServerSideEncryptionConfiguration}. */
    static List<MappingNode> encryptionRules(Resource bucket) {
        return bucket.properties()
                .flatMap(p -> p.mapping("BucketEncryption"))
                .flatMap(e -> e.get("ServerSideEncryptionConfiguration"))
                .map(Values::items).orElse(List.of()).stream()
                .flatMap(item -> Alternatives.of(item).stream())
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .toList();
    }

    /** The literal {@code SSEAlgorithm} values a rule may have (one per {@code Fn::If} branch). */
    static List<ScalarNode> algorithms(MappingNode rule) {
        return rule.mapping("ServerSideEncryptionByDefault").flatMap(d -> d.get("SSEAlgorithm"))
                .map(Alternatives::of).orElse(List.of()).stream()
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(scalar -> !scalar.isNull())
                .toList();
    }
}
