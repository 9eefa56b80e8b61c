package dev.cfnlsp.rules.ec2;

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
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A literal AMI id, or a mapping of them, as the image of an instance, launch template or launch configuration. A
 * literal is fixed by resolving Amazon Linux 2023 from its public SSM parameter at deploy time (arm64 when the
 * instance type is literally a Graviton type), either as a dynamic reference or through a parameter; both change
 * which image boots, so neither is applied unasked. A mapping of ids gets no fix: its rows may be any image.
 */
@RuleInfo(id = "ec2-hardcoded-ami", title = "AMI id written into the template", severity = Severity.WARNING,
        category = Category.OPERATIONS,
        readsTypes = {"AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"})
public final class HardcodedAmiRule implements Rule {
    private static final Pattern AMI_ID = Pattern.compile("ami-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final String ADVICE = " AMI ids exist in one region only and the image stops receiving patches;"
            + " resolve the current image at deploy time instead, e.g. a parameter of type"
            + " AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> defaulting to /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64.";
    private static final String X86_PARAMETER = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
    private static final String ARM_PARAMETER = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64";
    private static final String IMAGE_PARAMETER_TYPE = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>";
    /** Graviton instance families: a1, and a generation digit followed by g (t4g, m7g, c6gn, x2gd, im4gn, g5g). */
    private static final Pattern GRAVITON = Pattern.compile("(a1|[a-z]+\\d+g[a-z]*)\\..+");

    @Override
    public void check(RuleContext context) {
        Set<TemplateNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Resource resource : context.template().resources()) {
            imageId(resource).map(Alternatives::of).orElse(List.of()).stream()
                    .filter(seen::add) // an aliased image id is one value, reported once
                    .forEach(imageId -> check(context, resource, imageId));
        }
    }

    private static Optional<TemplateNode> imageId(Resource resource) {
        return switch (resource.type().orElse("")) {
            case "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration" -> resource.property("ImageId");
            case "AWS::EC2::LaunchTemplate" -> launchTemplateData(resource).flatMap(data -> data.get("ImageId"));
            default -> Optional.empty();
        };
    }

    private static Optional<MappingNode> launchTemplateData(Resource resource) {
        return resource.properties().flatMap(p -> p.mapping("LaunchTemplateData"));
    }

    private static void check(RuleContext context, Resource resource, TemplateNode imageId) {
        if (imageId instanceof ScalarNode literal && AMI_ID.matcher(literal.value()).matches()) {
            // An id anchored outside the resource (say in Mappings) would be rewritten there too: no fix for it.
            boolean inResource = resource.body().filter(body -> body.range().contains(literal.range())).isPresent();
            context.report(context.template().valueRange(literal), "ImageId is the fixed AMI " + literal.value() + "." + ADVICE,
                    inResource ? fixes(context, resource, literal) : new Fix[0]);
        } else {
            MapLookup.of(imageId).filter(lookup -> holdsAmiIds(context, lookup)).ifPresent(lookup ->
                    context.report(context.template().valueRange(lookup.mapName()), "ImageId is read from mapping '" + lookup.mapName().value()
                            + "', which lists fixed AMI ids." + ADVICE));
        }
    }

    /** The dynamic reference (preferred), and a parameter of the SSM image type as the alternative. */
    private static Fix[] fixes(RuleContext context, Resource resource, ScalarNode literal) {
        Template template = context.template();
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        boolean arm = instanceType(resource).filter(type -> GRAVITON.matcher(type.toLowerCase(Locale.ROOT)).matches()).isPresent();
        String parameter = arm ? ARM_PARAMETER : X86_PARAMETER;
        String image = "the latest Amazon Linux 2023 " + (arm ? "arm64" : "x86_64") + " image";
        String replaces = replacesResource(context, resource) ? " (replaces the resource)" : "";
        Fix dynamicReference = new Fix("Replace " + literal.value() + " in " + resource.name() + " with " + image
                + " ({{resolve:ssm:" + parameter + "}})" + replaces,
                List.of(ValueEdits.replaceText(template, edits, literal, "{{resolve:ssm:" + parameter + "}}")), true, false);
        Optional<String> existing = template.declarations(DeclarationKind.PARAMETER).values().stream()
                .filter(p -> isImageParameter(p, parameter)).map(Declaration::name).findFirst();
        String name = existing.orElseGet(() -> edits.unusedLogicalId("LatestAmiId"));
        TextEdit reference = ValueEdits.replace(template, edits, literal, EditValue.ref(name));
        if (existing.isPresent()) {
            return new Fix[] {dynamicReference, Fix.alternative("Replace " + literal.value() + " in " + resource.name()
                    + " with !Ref " + name + " (" + image + ")" + replaces, reference)};
        }
        EditValue declaration = EditValue.map().put("Type", IMAGE_PARAMETER_TYPE).put("Default", parameter).build();
        Optional<MappingNode> parameters = template.rootMapping().flatMap(root -> root.mapping("Parameters"));
        TextEdit declare = parameters.isPresent() ? edits.insertEntry(parameters.get(), name, declaration)
                : ValueEdits.insertSection(template, edits, "Parameters", EditValue.map().put(name, declaration).build());
        return new Fix[] {dynamicReference, Fix.alternative("Add parameter " + name + " (" + IMAGE_PARAMETER_TYPE + ", default "
                + parameter + ") and use !Ref " + name + " as the ImageId of " + resource.name() + replaces, declare, reference)};
    }

    private static boolean isImageParameter(Declaration parameter, String path) {
        Optional<MappingNode> body = parameter.mapping();
        return body.flatMap(b -> b.text("Type")).filter(IMAGE_PARAMETER_TYPE::equals).isPresent()
                && body.flatMap(b -> b.text("Default")).filter(path::equals).isPresent();
    }

    /** The literal instance type of the resource, where the image is chosen. */
    private static Optional<String> instanceType(Resource resource) {
        Optional<TemplateNode> type = resource.isOfType("AWS::EC2::LaunchTemplate")
                ? launchTemplateData(resource).flatMap(data -> data.get("InstanceType"))
                : resource.property("InstanceType");
        return Values.literal(type);
    }

    /** Whether changing ImageId replaces the resource: it does for instances and launch configurations. */
    private static boolean replacesResource(RuleContext context, Resource resource) {
        return !resource.isOfType("AWS::EC2::LaunchTemplate") && resource.type()
                .flatMap(type -> context.schema().resourceSchema(type))
                .map(schema -> schema.createOnlyProperties().contains("ImageId"))
                .orElse(false);
    }

    private static boolean holdsAmiIds(RuleContext context, MapLookup lookup) {
        return lookup.possibleValues(context.template()).stream()
                .anyMatch(value -> Values.literal(Optional.of(value)).filter(v -> AMI_ID.matcher(v).matches()).isPresent());
    }
}
