package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target region written literally where the stack's own region belongs: in an ARN, or as the value of a property
 * named {@code Region} or {@code ...Region}. A region that is not a target is taken as a deliberate reference to
 * another region, and so are properties whose name says so (PeerRegion, ReplicaRegion, ...). ARNs that AWS pins to
 * us-east-1 (certificates and web ACLs for CloudFront, anything inside a distribution) are left alone.
 */
@RuleInfo(id = "region-hardcoded", title = "Region name written where AWS::Region belongs",
        severity = Severity.WARNING, category = Category.RELIABILITY, cfnLint = "I3042")
public final class HardcodedRegionRule implements Rule {
    private static final Pattern ARN_REGION = Pattern.compile("arn:(?:\\$\\{[^}]*}|[^:\\s\"]*):([a-z0-9-]+):([a-z]{2}(?:-[a-z]+)+-\\d+):");
    /** Names of properties that point at a region other than the stack's by design. */
    private static final Pattern OTHER_REGION_PROPERTY = Pattern.compile(".*(Peer|Replica|Replication|Destination|Target|Source"
            + "|Witness|Home|Primary|Origin|EndpointGroup|Aggregation|Operating|Backup|Multi|LastModified|Status|Commercial"
            + "|Idc|IdentityCenter|Authorized|Requested).*");

    @Override
    public void check(RuleContext context) {
        List<String> targets = context.settings().regions();
        for (PropertyVisit visit : context.shared(PropertyVisits.class, c -> PropertyVisits.of(c.template())).visits()) {
            if (!(visit.node() instanceof ScalarNode scalar)) {
                continue;
            }
            if (regionProperty(visit.key()) && targets.contains(scalar.value())) {
                context.report(context.template().valueRange(scalar), visit.key() + " is the literal region " + scalar.value()
                        + ". If it means the region the stack runs in, write !Ref AWS::Region so the template deploys"
                        + " unchanged in other regions.");
            } else {
                arnRegions(scalar.value(), visit.resource()).stream().filter(targets::contains).findFirst().ifPresent(region ->
                        context.report(context.template().valueRange(scalar), "This ARN names the region " + region
                                + " literally. If it means the stack's own region, write ${AWS::Region} in an !Sub"
                                + " (e.g. arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:topic) so the template"
                                + " deploys unchanged in other regions."));
            }
        }
    }

    private static boolean regionProperty(String key) {
        // Keys with a colon are policy condition keys such as aws:RequestedRegion.
        return key.endsWith("Region") && !key.contains(":") && !OTHER_REGION_PROPERTY.matcher(key).matches();
    }

    /** The regions named in the ARNs within the text, except where AWS requires them. */
    private static List<String> arnRegions(String text, Optional<Resource> resource) {
        List<String> regions = new ArrayList<>();
        if (resource.flatMap(Resource::type).filter(type -> type.startsWith("AWS::CloudFront::")).isPresent()) {
            return regions;
        }
        Matcher matcher = ARN_REGION.matcher(text);
        while (matcher.find()) {
            String service = matcher.group(1);
            String region = matcher.group(2);
            boolean pinnedToUsEast1 = region.equals("us-east-1")
                    && (service.equals("acm") || service.equals("wafv2") && text.contains(":global/"));
            if (!pinnedToUsEast1) {
                regions.add(region);
            }
        }
        return regions;
    }
}
