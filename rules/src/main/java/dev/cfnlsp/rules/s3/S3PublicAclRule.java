package dev.cfnlsp.rules.s3;

import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Map;

@RuleInfo(id = "s3-public-acl", perResource = true, title = "S3 bucket ACL grants access to everyone", severity = Severity.ERROR,
        category = Category.SECURITY, checkov = {"CKV_AWS_20", "CKV_AWS_57"}, cfnNag = {"W31", "F14"},
        guard = {"S3_BUCKET_PUBLIC_READ_ACL", "S3_BUCKET_NO_PUBLIC_RW_ACL"})
public final class S3PublicAclRule implements Rule {
    /** What each public canned ACL hands out, phrased for the message. */
    private static final Map<String, String> EXPOSURE = Map.of(
            "PublicRead", "lets anyone on the internet list the bucket",
            "PublicReadWrite", "lets anyone on the internet list the bucket and write or overwrite its objects",
            "AuthenticatedRead", "lets any AWS account, not only yours, list the bucket");

    @Override
    public void check(RuleContext context) {
        TemplateEdits edits = StorageFixes.edits(context);
        for (Resource bucket : Buckets.in(context.template())) {
            for (TemplateNode value : bucket.property("AccessControl").map(Alternatives::of).orElse(List.of())) {
                if (value instanceof ScalarNode acl && EXPOSURE.containsKey(acl.value())) {
                    context.report(acl.range(), "AccessControl " + acl.value() + " " + EXPOSURE.get(acl.value())
                            + ". Remove the ACL (new buckets have ACLs disabled) and grant only the access you need "
                            + "through a bucket policy, or serve public content through CloudFront.",
                            StorageFixes.settingProperty(context, bucket, "AccessControl",
                                    "Set AccessControl of " + bucket.name() + " to Private", edits.replaceScalar(acl, "Private")));
                }
            }
        }
    }
}
