package dev.cfnlsp.rules.s3;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(id = "s3-public-access-block", perResource = true,
        title = "S3 bucket does not block public access", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true,
        checkov = {"CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"},
        guard = {"S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "S3_BUCKET_PUBLIC_READ_PROHIBITED",
                "S3_BUCKET_PUBLIC_WRITE_PROHIBITED"})
public final class S3PublicAccessBlockRule implements Rule {
    private static final String BLOCK = "PublicAccessBlockConfiguration";
    /** Each flag, with what turning it off allows. */
    private static final Map<String, String> FLAGS = flags();

    private static Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("BlockPublicAcls", "S3 accepts new ACLs that make the bucket or its objects public");
        flags.put("BlockPublicPolicy", "a bucket policy granting public access can be attached");
        flags.put("IgnorePublicAcls", "public ACLs on the bucket and its objects take effect");
        flags.put("RestrictPublicBuckets", "a public bucket policy really grants access to anyone");
        return flags;
    }

    /** How one bucket's findings are fixed: safely, or — for a bucket meant to be public — only when asked. */
    private record Fixer(RuleContext context, TemplateEdits edits, Resource bucket, Optional<String> publicBecause) {

        Fix fix(String title, TextEdit... changes) {
            return publicBecause.isPresent()
                    ? Fix.alternative(title + " (" + publicBecause.get() + ")", changes)
                    : StorageFixes.settingProperty(context, bucket, BLOCK, title, changes);
        }
    }

    @Override
    public void check(RuleContext context) {
        TemplateEdits edits = StorageFixes.edits(context);
        Set<String> publicByPolicy = publicByPolicy(PolicyStatements.in(context.template()));
        for (Resource bucket : Buckets.in(context.template())) {
            Fixer fixer = new Fixer(context, edits, bucket, publicBecause(bucket, publicByPolicy));
            Optional<MappingEntry> block = bucket.properties().flatMap(p -> p.entry(BLOCK));
            if (block.isEmpty()) {
                EditValue.MappingBuilder allOn = EditValue.map();
                FLAGS.keySet().forEach(flag -> allOn.put(flag, EditValue.bool(true)));
                Fix[] fixes = StorageFixes.insertProperty(edits, bucket, BLOCK, allOn.build())
                        .map(edit -> fixer.fix("Add " + BLOCK + " to " + bucket.name() + " with all four flags true", edit))
                        .stream().toArray(Fix[]::new);
                context.report(bucket.key().range(), "Bucket '" + bucket.name() + "' has no " + BLOCK + ". S3 turns "
                        + "the block on for new buckets, but only the template keeps it on: set BlockPublicAcls, "
                        + "BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true.", fixes);
                continue;
            }
            for (TemplateNode value : Alternatives.of(block.get().value())) {
                if (value instanceof MappingNode settings) {
                    checkFlags(context, fixer, block.get(), settings);
                }
            }
        }
    }

    private static void checkFlags(RuleContext context, Fixer fixer, MappingEntry block, MappingNode settings) {
        List<String> unset = FLAGS.keySet().stream().filter(flag -> settings.get(flag).isEmpty()).toList();
        if (!unset.isEmpty()) {
            context.report(block.key().range(), BLOCK + " leaves " + String.join(", ", unset)
                    + " unset, and an unset flag is off; set all four flags to true.", addFlags(fixer, settings, unset));
        }
        FLAGS.forEach((flag, consequence) -> {
            for (TemplateNode value : Flags.writtenFalse(settings.get(flag))) {
                context.report(value.range(), flag + " is false, so " + consequence + "; set it to true.",
                        fixer.fix("Set " + flag + " to true on " + fixer.bucket().name(),
                                fixer.edits().replaceScalar((ScalarNode) value, "true")));
            }
        });
    }

    private static Fix[] addFlags(Fixer fixer, MappingNode settings, List<String> unset) {
        List<TextEdit> inserts = new ArrayList<>();
        for (String flag : unset) {
            Optional<TextEdit> insert = StorageFixes.insertEntry(fixer.edits(), settings, flag, EditValue.bool(true));
            if (insert.isEmpty()) {
                return new Fix[0];
            }
            inserts.add(insert.get());
        }
        String added = unset.stream().map(flag -> flag + ": true").reduce((a, b) -> a + ", " + b).orElseThrow();
        return new Fix[] {fixer.fix("Add " + added + " to the " + BLOCK + " of " + fixer.bucket().name(),
                StorageFixes.merged(inserts))};
    }

    /**
     * Why a bucket is public on purpose, in the words of a fix title: it hosts a website, or a policy in the
     * template grants everyone access. Blocking public access would break that, so the fix is only offered.
     */
    private static Optional<String> publicBecause(Resource bucket, Set<String> publicByPolicy) {
        if (bucket.property("WebsiteConfiguration").isPresent()) {
            return Optional.of("its website stops being public");
        }
        return publicByPolicy.contains(bucket.name()) ? Optional.of("its bucket policy's public grant stops working") : Optional.empty();
    }

    /** The buckets (by logical id) whose bucket policy grants access to everyone, without a condition. */
    private static Set<String> publicByPolicy(List<PolicyStatement> statements) {
        return statements.stream()
                .filter(s -> s.owner().isOfType("AWS::S3::BucketPolicy"))
                .filter(s -> s.allows() && s.condition().isEmpty() && s.principal().filter(S3PublicAccessBlockRule::everyone).isPresent())
                .flatMap(s -> s.owner().property("Bucket").flatMap(Values::target).stream())
                .collect(Collectors.toSet());
    }

    /** {@code "*"}, {@code {AWS: "*"}} or a list holding {@code "*"}. */
    private static boolean everyone(TemplateNode principal) {
        if (principal instanceof ScalarNode scalar) {
            return scalar.value().equals("*");
        }
        if (principal instanceof SequenceNode list) {
            return list.items().stream().anyMatch(S3PublicAccessBlockRule::everyone);
        }
        return principal instanceof MappingNode mapping && mapping.get("AWS").filter(S3PublicAccessBlockRule::everyone).isPresent();
    }
}
