package dev.cfnlsp.rules.network;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "lambda-shared-security-group", title = "Lambda function shares a security group meant for other traffic",
        severity = Severity.WARNING, category = Category.SECURITY,
        readsTypes = {"AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"})
public final class LambdaSharedSecurityGroupRule implements Rule {
    private static final Set<String> FUNCTION_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function");
    /** Resources whose network interfaces take inbound traffic through the groups they name. */
    private static final Set<String> SERVER_TYPES = Set.of("AWS::EC2::Instance", "AWS::EC2::LaunchTemplate",
            "AWS::AutoScaling::LaunchConfiguration", "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::ElasticLoadBalancing::LoadBalancer");

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        List<Ingress> ingress = IngressRules.in(template);
        for (Resource function : template.resources()) {
            if (!function.type().filter(FUNCTION_TYPES::contains).isPresent()) {
                continue;
            }
            for (TemplateNode groupId : securityGroupIds(function)) {
                Optional<Resource> group = Values.target(groupId).flatMap(template::resource)
                        .filter(r -> r.isOfType(IngressRules.SECURITY_GROUP));
                group.flatMap(g -> problem(template, ingress, g)).ifPresent(problem ->
                        context.report(groupId.range(), "Function '" + function.name() + "' uses security group '"
                                + group.get().name() + "', which " + problem + ". A function takes no inbound connections;"
                                + " give it a group of its own with egress rules only, so changes made for the other"
                                + " traffic do not widen its access and flow logs tell the two apart."));
            }
        }
    }

    private static List<TemplateNode> securityGroupIds(Resource function) {
        return function.properties().flatMap(p -> p.mapping("VpcConfig")).flatMap(v -> v.get("SecurityGroupIds"))
                .map(Values::items).orElse(List.of());
    }

    private static Optional<String> problem(Template template, List<Ingress> ingress, Resource group) {
        Optional<String> server = template.referencesTo(group.name()).stream()
                .filter(r -> r.kind() == ReferenceKind.REF || r.kind() == ReferenceKind.GET_ATT)
                .flatMap(r -> r.from().stream())
                .filter(from -> from.kind() == DeclarationKind.RESOURCE)
                .flatMap(from -> template.resource(from.name()).stream())
                .filter(r -> r.type().filter(SERVER_TYPES::contains).isPresent())
                .map(Resource::name)
                .findFirst();
        if (server.isPresent()) {
            return Optional.of("also serves '" + server.get() + "'");
        }
        boolean admitsTraffic = ingress.stream()
                .anyMatch(rule -> rule.group().equals(Optional.of(group.name())) && !IngressRules.selfReferencing(rule));
        return admitsTraffic ? Optional.of("has inbound rules") : Optional.empty();
    }
}
