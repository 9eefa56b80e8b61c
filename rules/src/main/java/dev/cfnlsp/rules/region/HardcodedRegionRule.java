package dev.cfnlsp.rules.region;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.network.ValueEdits;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
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
 * <p>
 * Fixes: in an ARN the region text becomes {@code ${AWS::Region}}, in place inside an Fn::Sub text, or by turning a
 * plain string into {@code !Sub "..."} (safe unless the string already held a "${" placeholder, which Fn::Sub would
 * then read as a variable, so the fix escapes it as "${!" and is offered but not applied unasked). A Region property
 * becomes {@code !Ref AWS::Region}, offered but not applied unasked: such a property may name another region on
 * purpose.
 */
@RuleInfo(id = "region-hardcoded", perResource = true, title = "Region name written where AWS::Region belongs",
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
                        + " unchanged in other regions.", regionRefFix(context, visit, scalar));
            } else {
                arnRegions(scalar.value(), visit.resource()).stream().filter(targets::contains).findFirst().ifPresent(region ->
                        context.report(context.template().valueRange(scalar), "This ARN names the region " + region
                                + " literally. If it means the stack's own region, write ${AWS::Region} in an !Sub"
                                + " (e.g. arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:topic) so the template"
                                + " deploys unchanged in other regions.", arnFix(context, visit, scalar, targets)));
            }
        }
    }

    private static Fix[] regionRefFix(RuleContext context, PropertyVisit visit, ScalarNode scalar) {
        if (!parents(context).acceptsFunction(scalar)) {
            return new Fix[0];
        }
        TextEdit edit = ValueEdits.replace(context.template(), edits(context), scalar, EditValue.ref("AWS::Region"));
        return new Fix[] {new Fix("Replace " + scalar.value() + " with !Ref AWS::Region in " + place(context, visit), List.of(edit), true, false)};
    }

    /** Every target region in an ARN of the text becomes ${AWS::Region}, inside an Fn::Sub. */
    private static Fix[] arnFix(RuleContext context, PropertyVisit visit, ScalarNode scalar, List<String> targets) {
        String text = scalar.value();
        List<String> regions = new ArrayList<>();
        StringBuilder inSub = new StringBuilder();
        StringBuilder escaped = new StringBuilder();
        int copied = 0;
        Matcher matcher = ARN_REGION.matcher(text);
        while (matcher.find()) {
            String region = matcher.group(2);
            if (targets.contains(region) && !pinned(matcher.group(1), region, text)) {
                String before = text.substring(copied, matcher.start(2));
                inSub.append(before).append("${AWS::Region}");
                // Outside Fn::Sub "${" is plain text; inside it must be written "${!" to stay so.
                escaped.append(before.replace("${", "${!")).append("${AWS::Region}");
                copied = matcher.end(2);
                if (!regions.contains(region)) {
                    regions.add(region);
                }
            }
        }
        inSub.append(text.substring(copied));
        escaped.append(text.substring(copied).replace("${", "${!"));
        String title = "Replace " + String.join(", ", regions) + " with ${AWS::Region} in " + place(context, visit);
        NodeParents parents = parents(context);
        TemplateEdits edits = edits(context);
        if (parents.subOfText(scalar).isPresent() && !parents.aliased().contains(scalar)) {
            return new Fix[] {Fix.safe(title, ValueEdits.replaceText(context.template(), edits, scalar, inSub.toString()))};
        }
        if (!parents.acceptsFunction(scalar)) {
            return new Fix[0];
        }
        TextEdit edit = ValueEdits.replace(context.template(), edits, scalar,
                new EditValue.Intrinsic("Fn::Sub", subText(context, edits, scalar, escaped.toString())));
        title += " (as !Sub)";
        return new Fix[] {text.contains("${") ? new Fix(title, List.of(edit), true, false) : Fix.safe(title, edit)};
    }

    /** The Sub text in the scalar's own quotes when it had any, else in the document's. */
    private static EditValue subText(RuleContext context, TemplateEdits edits, ScalarNode scalar, String text) {
        if (context.template().format() != TemplateFormat.YAML) {
            return EditValue.text(text);
        }
        return switch (scalar.style()) {
            case SINGLE_QUOTED -> new EditValue.Literal(ValueEdits.quote('\'', text));
            case DOUBLE_QUOTED -> new EditValue.Literal(ValueEdits.quote('"', text));
            default -> ValueEdits.quoted(edits.style(), text);
        };
    }

    private static String place(RuleContext context, PropertyVisit visit) {
        if (visit.resource().isPresent()) {
            return visit.key() + " of " + visit.resource().get().name();
        }
        NodeParents parents = parents(context);
        for (Declaration output : context.template().declarations(DeclarationKind.OUTPUT).values()) {
            Optional<TemplateNode> value = output.mapping().flatMap(body -> body.get("Value"));
            for (Optional<TemplateNode> node = Optional.of(visit.node()); node.isPresent() && value.isPresent(); node = parents.parent(node.get())) {
                if (node.get() == value.get()) {
                    return "output " + output.name();
                }
            }
        }
        return "an output";
    }

    private static NodeParents parents(RuleContext context) {
        return context.shared(NodeParents.class, c -> NodeParents.of(c.template()));
    }

    private static TemplateEdits edits(RuleContext context) {
        return context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
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
            if (!pinned(service, region, text)) {
                regions.add(region);
            }
        }
        return regions;
    }

    /** Certificates and global web ACLs for CloudFront live in us-east-1 whatever the stack's region. */
    private static boolean pinned(String service, String region, String text) {
        return region.equals("us-east-1") && (service.equals("acm") || service.equals("wafv2") && text.contains(":global/"));
    }
}
