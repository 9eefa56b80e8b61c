package dev.cfnlsp.rules.s3;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.TemplateNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RuleInfo(id = "s3-public-access-block", title = "S3 bucket does not block public access", severity = Severity.WARNING,
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

    @Override
    public void check(RuleContext context) {
        for (Resource bucket : Buckets.in(context.template())) {
            Optional<MappingEntry> block = bucket.properties().flatMap(p -> p.entry(BLOCK));
            if (block.isEmpty()) {
                context.report(bucket.key().range(), "Bucket '" + bucket.name() + "' has no " + BLOCK + ". S3 turns "
                        + "the block on for new buckets, but only the template keeps it on: set BlockPublicAcls, "
                        + "BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true.");
                continue;
            }
            for (TemplateNode value : Alternatives.of(block.get().value())) {
                if (value instanceof MappingNode settings) {
                    checkFlags(context, block.get(), settings);
                }
            }
        }
    }

    private static void checkFlags(RuleContext context, MappingEntry block, MappingNode settings) {
        List<String> unset = FLAGS.keySet().stream().filter(flag -> settings.get(flag).isEmpty()).toList();
        if (!unset.isEmpty()) {
            context.report(block.key().range(), BLOCK + " leaves " + String.join(", ", unset)
                    + " unset, and an unset flag is off; set all four flags to true.");
        }
        FLAGS.forEach((flag, consequence) -> {
            for (TemplateNode value : Flags.writtenFalse(settings.get(flag))) {
                context.report(value.range(), flag + " is false, so " + consequence + "; set it to true.");
            }
        });
    }
}
