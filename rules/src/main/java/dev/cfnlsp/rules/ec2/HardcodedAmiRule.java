package dev.cfnlsp.rules.ec2;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleInfo(id = "ec2-hardcoded-ami", title = "AMI id written into the template", severity = Severity.WARNING,
        category = Category.OPERATIONS)
public final class HardcodedAmiRule implements Rule {
    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final String ADVICE = " AMI ids exist in one region only and the image stops receiving patches;"
            + " resolve the current image at deploy time instead, e.g. a parameter of type"
            + " AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> defaulting to /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64.";

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.template().resources()) {
            imageId(resource).map(Alternatives::of).orElse(List.of()).forEach(imageId -> check(context, imageId));
        }
    }

    private static Optional<TemplateNode> imageId(Resource resource) {
        return switch (resource.type().orElse("")) {
            case "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration" -> resource.property("ImageId");
            case "AWS::EC2::LaunchTemplate" -> resource.properties().flatMap(p -> p.mapping("LaunchTemplateData"))
                    .flatMap(data -> data.get("ImageId"));
            default -> Optional.empty();
        };
    }

    private static void check(RuleContext context, TemplateNode imageId) {
        if (imageId instanceof ScalarNode literal && AMI_ID.matcher(literal.value()).matches()) {
            context.report(context.template().valueRange(literal), "ImageId is the fixed AMI " + literal.value() + "." + ADVICE);
        } else {
            MapLookup.of(imageId).filter(lookup -> holdsAmiIds(context, lookup)).ifPresent(lookup ->
                    context.report(context.template().valueRange(lookup.mapName()), "ImageId is read from mapping '" + lookup.mapName().value()
                            + "', which lists fixed AMI ids." + ADVICE));
        }
    }

    private static boolean holdsAmiIds(RuleContext context, MapLookup lookup) {
        return lookup.possibleValues(context.template()).stream()
                .anyMatch(value -> Values.literal(Optional.of(value)).filter(v -> AMI_ID.matcher(v).matches()).isPresent());
    }
}
