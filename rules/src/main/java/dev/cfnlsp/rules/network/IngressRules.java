package dev.cfnlsp.rules.network;

import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every ingress rule a template declares, inline or standalone; each Fn::If branch counts as a rule of its own. */
final class IngressRules {
    static final String SECURITY_GROUP = "AWS::EC2::SecurityGroup";
    static final String STANDALONE_INGRESS = "AWS::EC2::SecurityGroupIngress";

    private IngressRules() {
    }

    static List<Ingress> in(Template template) {
        List<Ingress> rules = new ArrayList<>();
        for (Resource resource : template.resources()) {
            if (resource.isOfType(SECURITY_GROUP)) {
                resource.property("SecurityGroupIngress").ifPresent(list -> inline(resource, list, rules));
            } else if (resource.isOfType(STANDALONE_INGRESS)) {
                resource.properties().ifPresent(rule -> rules.add(new Ingress(resource, group(rule), rule)));
            }
        }
        return rules;
    }

    private static void inline(Resource group, TemplateNode list, List<Ingress> rules) {
        for (TemplateNode items : Alternatives.of(list)) {
            for (TemplateNode item : Values.items(items)) {
                for (TemplateNode alternative : Alternatives.of(item)) {
                    if (alternative instanceof MappingNode rule) {
                        rules.add(new Ingress(group, Optional.of(group.name()), rule));
                    }
                }
            }
        }
    }

    private static Optional<String> group(MappingNode rule) {
        return rule.get("GroupId").or(() -> rule.get("GroupName")).flatMap(Values::target);
    }

    /** Whether the rule admits only members of its own group (the usual way to let a group's members talk). */
    static boolean selfReferencing(Ingress ingress) {
        return ingress.group().isPresent()
                && ingress.rule().get("SourceSecurityGroupId").flatMap(Values::target).equals(ingress.group());
    }
}
