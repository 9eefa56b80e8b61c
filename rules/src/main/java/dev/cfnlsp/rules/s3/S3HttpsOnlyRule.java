package dev.cfnlsp.rules.s3;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

@RuleInfo(id = "s3-https-only", title = "S3 bucket accepts requests without TLS", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true, guard = "S3_BUCKET_SSL_REQUESTS_ONLY",
        readsTypes = {"AWS::S3::Bucket", "AWS::S3::BucketPolicy"})
public final class S3HttpsOnlyRule implements Rule {
    private static final String POLICY_TYPE = HttpsOnlyFixes.POLICY_TYPE;

    /**
     * A bucket policy resource with the statements written in its document, the bucket it names as text, and whether
     * its statements can be read at all; each is worked out once, not once per bucket.
     */
    private record BucketPolicy(int order, Resource resource, List<PolicyStatement> statements, Optional<String> bucket,
                                boolean readable) {
    }

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        if (template.transforms().stream().anyMatch(t -> !t.equals(Template.SAM_TRANSFORM))) {
            return; // a macro may add the policy
        }
        List<Resource> buckets = Buckets.in(template);
        if (buckets.isEmpty()) {
            return;
        }
        Set<String> bucketIds = buckets.stream().map(Resource::name).collect(Collectors.toSet());
        Set<String> resourceIds = template.resources().stream().map(Resource::name).collect(Collectors.toSet());
        ArnText text = new ArnText(bucketIds);
        List<BucketPolicy> policies = policies(template, text);
        // A policy naming another resource's bucket is not this bucket's: only the others need a closer look.
        Map<String, List<BucketPolicy>> byBucketResource = new HashMap<>();
        List<BucketPolicy> unresolved = new ArrayList<>();
        for (BucketPolicy policy : policies) {
            policy.bucket().flatMap(b -> BucketScope.resourceNamedBy(b, resourceIds))
                    .ifPresentOrElse(id -> byBucketResource.computeIfAbsent(id, k -> new ArrayList<>()).add(policy), () -> unresolved.add(policy));
        }
        HttpsOnlyFixes fixes = new HttpsOnlyFixes(template, StorageFixes.edits(context));
        for (Resource bucket : buckets) {
            BucketScope scope = new BucketScope(bucket.name(), bucket.property("BucketName").flatMap(text::of), resourceIds);
            List<BucketPolicy> candidates = Stream.concat(byBucketResource.getOrDefault(bucket.name(), List.of()).stream(), unresolved.stream())
                    .sorted(Comparator.comparingInt(BucketPolicy::order))
                    .toList();
            check(context, bucket, scope, text, candidates, fixes);
        }
    }

    /**
     * Policies that name the bucket are its own; a policy whose bucket cannot be told may also be, so its statements
     * count towards a pass but it is never blamed.
     */
    private static void check(RuleContext context, Resource bucket, BucketScope scope, ArnText text,
                              List<BucketPolicy> policies, HttpsOnlyFixes fixes) {
        List<BucketPolicy> own = new ArrayList<>();
        List<PolicyStatement> denials = new ArrayList<>();
        for (BucketPolicy policy : policies) {
            Optional<Boolean> applies = scope.isThisBucket(policy.bucket());
            if (applies.isPresent() && !applies.get()) {
                continue;
            }
            if (!policy.readable()) {
                return;
            }
            policy.statements().stream().filter(SecureTransportDenial::matches).forEach(denials::add);
            if (applies.isPresent()) {
                own.add(policy);
            }
        }
        if (denials.stream().anyMatch(d -> covered(d, scope, text).size() == BucketScope.Part.values().length)) {
            return;
        }
        Set<String> ownNames = own.stream().map(p -> p.resource().name()).collect(Collectors.toSet());
        Optional<PolicyStatement> partial = denials.stream().filter(d -> ownNames.contains(d.owner().name())).findFirst();
        if (partial.isPresent()) {
            reportPartial(context, bucket, partial.get(), covered(partial.get(), scope, text), fixes);
        } else if (!own.isEmpty()) {
            Resource policy = own.get(0).resource();
            MappingEntry document = policy.properties().flatMap(p -> p.entry("PolicyDocument")).orElse(null);
            context.report(document != null ? document.key().range() : policy.key().range(), "This policy of bucket '"
                    + bucket.name() + "' has no statement that refuses plain-HTTP requests. Add a Deny statement for "
                    + "all principals and s3:* on the bucket ARN and ARN/*, with Condition Bool aws:SecureTransport false.",
                    fixes.appendStatement(bucket, policy).stream().toArray(Fix[]::new));
        } else {
            context.report(bucket.key().range(), "No bucket policy in this template refuses plain-HTTP requests to bucket '"
                    + bucket.name() + "', so data can travel unencrypted. Add an AWS::S3::BucketPolicy with a Deny "
                    + "statement on the bucket ARN and ARN/* under Condition Bool aws:SecureTransport false.",
                    fixes.newPolicy(bucket).stream().toArray(Fix[]::new));
        }
    }

    private static void reportPartial(RuleContext context, Resource bucket, PolicyStatement denial, Set<BucketScope.Part> covered,
                                      HttpsOnlyFixes fixes) {
        Set<BucketScope.Part> uncovered = EnumSet.allOf(BucketScope.Part.class);
        uncovered.removeAll(covered);
        String missing = covered.contains(BucketScope.Part.BUCKET) ? "its objects (ARN/*)" : "the bucket ARN itself";
        MappingEntry resource = denial.statement().entry("Resource").orElseThrow();
        context.report(resource.key().range(), "This statement refuses plain-HTTP requests but does not cover "
                + missing + " of bucket '" + bucket.name() + "'; list both the bucket ARN and ARN/*.",
                fixes.completeResource(bucket, denial.statement(), uncovered).stream().toArray(Fix[]::new));
    }

    private static Set<BucketScope.Part> covered(PolicyStatement statement, BucketScope scope, ArnText text) {
        if (statement.statement().get("Resource").isEmpty()) {
            return EnumSet.allOf(BucketScope.Part.class);
        }
        Set<BucketScope.Part> covered = EnumSet.noneOf(BucketScope.Part.class);
        for (TemplateNode resource : statement.resources()) {
            covered.addAll(scope.covered(text.of(resource)));
        }
        return covered;
    }

    /** A document or statement list built with intrinsics may hold the statement we look for. */
    private static boolean readable(Resource policy) {
        Optional<TemplateNode> statements = policy.property("PolicyDocument")
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(document -> document.get("Statement"));
        return statements.isPresent() && Values.items(statements.get()).stream().allMatch(MappingNode.class::isInstance);
    }

    private static List<BucketPolicy> policies(Template template, ArnText text) {
        Map<String, List<PolicyStatement>> statements = PolicyStatements.ofType(template, POLICY_TYPE).stream()
                .collect(Collectors.groupingBy(statement -> statement.owner().name()));
        List<Resource> resources = template.resourcesOfType(POLICY_TYPE);
        return IntStream.range(0, resources.size())
                .mapToObj(i -> new BucketPolicy(i, resources.get(i), statements.getOrDefault(resources.get(i).name(), List.of()),
                        resources.get(i).property("Bucket").flatMap(text::of), readable(resources.get(i))))
                .toList();
    }
}
