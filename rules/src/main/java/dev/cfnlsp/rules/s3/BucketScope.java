package dev.cfnlsp.rules.s3;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a policy's {@code Resource} entry covers of one bucket: the bucket itself, all of its objects, both, or
 * nothing. An entry that cannot be read may cover anything, so it counts as both.
 */
final class BucketScope {
    enum Part { BUCKET, OBJECTS }

    private static final Pattern S3_ARN = Pattern.compile("arn:[^:]*:s3:::(.*)");
    private static final Set<Part> ALL = EnumSet.allOf(Part.class);

    private final String logicalId;
    private final Optional<String> name;
    private final Set<String> resourceIds;

    /**
     * @param name the bucket's {@code BucketName} as {@link ArnText} reads it; empty when S3 generates the name
     * @param resourceIds every logical id of the template, to tell another resource's {@code ${Id}} from a parameter
     */
    BucketScope(String logicalId, Optional<String> name, Set<String> resourceIds) {
        this.logicalId = logicalId;
        this.name = name;
        this.resourceIds = resourceIds;
    }

    /** Whether a bucket name (a policy's {@code Bucket}) is this bucket's; empty when that cannot be told. */
    Optional<Boolean> isThisBucket(Optional<String> bucketText) {
        if (bucketText.isEmpty()) {
            return Optional.empty();
        }
        String text = bucketText.get();
        if (text.equals("${" + logicalId + "}") || name.filter(text::equals).isPresent()) {
            return Optional.of(true);
        }
        if (namesAnotherResource(text) || !text.contains("${") && name.filter(n -> n.contains("${")).isEmpty()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    Set<Part> covered(Optional<String> resourceText) {
        if (resourceText.isEmpty() || resourceText.get().equals("*")) {
            return ALL;
        }
        Matcher arn = S3_ARN.matcher(resourceText.get());
        if (!arn.matches()) {
            return resourceText.get().contains("${") ? ALL : Set.of();
        }
        String path = arn.group(1);
        if (path.equals("*")) {
            return ALL;
        }
        int slash = path.indexOf('/');
        String bucketPart = slash < 0 ? path : path.substring(0, slash);
        Optional<Boolean> ours = bucketPart.contains("*") || bucketPart.contains("?")
                ? Optional.empty() : isThisBucket(Optional.of(bucketPart));
        if (ours.isEmpty()) {
            return ALL;
        }
        if (!ours.get()) {
            return Set.of();
        }
        if (slash < 0) {
            return Set.of(Part.BUCKET);
        }
        String objects = path.substring(slash + 1);
        if (objects.equals("*")) {
            return Set.of(Part.OBJECTS);
        }
        return objects.contains("${") ? Set.of(Part.OBJECTS) : Set.of();
    }

    private boolean namesAnotherResource(String text) {
        return resourceNamedBy(text, resourceIds).isPresent();
    }

    /** The logical id when the text is exactly a reference to a resource, {@code ${Id}}. */
    static Optional<String> resourceNamedBy(String text, Set<String> resourceIds) {
        boolean reference = text.startsWith("${") && text.endsWith("}") && text.indexOf('}') == text.length() - 1;
        return Optional.of(text).filter(t -> reference).map(t -> t.substring(2, t.length() - 1)).filter(resourceIds::contains);
    }
}
