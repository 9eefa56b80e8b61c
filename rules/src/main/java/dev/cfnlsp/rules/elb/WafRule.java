package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Internet-facing application load balancers and CloudFront distributions without a web ACL. A load balancer that
 * is the origin of a distribution with a web ACL counts as protected: the firewall sits in front of it.
 */
@RuleInfo(id = "alb-no-waf", title = "Public load balancer or distribution without AWS WAF", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true, checkov = {"CKV2_AWS_28", "CKV_AWS_68"},
        readsTypes = {"AWS::CloudFront::Distribution", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation"})
public final class WafRule implements Rule {
    private static final String LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    private static final String DISTRIBUTION = "AWS::CloudFront::Distribution";
    private static final Set<String> ASSOCIATIONS = Set.of("AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation");

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        Optional<Set<String>> protectedByAssociation = associated(template);
        Set<String> behindProtectedDistribution = originsOfProtectedDistributions(template);
        for (Resource resource : template.resources()) {
            if (resource.isOfType(DISTRIBUTION) && lacksWebAcl(resource)) {
                context.report(resource.key().range(), "Distribution '" + resource.name() + "' has no WebACLId, so"
                        + " requests reach the origins without AWS WAF filtering (common exploits, bad bots, request"
                        + " floods). Create an AWS::WAFv2::WebACL with Scope CLOUDFRONT (in us-east-1) and set"
                        + " DistributionConfig.WebACLId to its ARN.");
            } else if (resource.isOfType(LOAD_BALANCER) && publicApplication(resource)
                    && protectedByAssociation.filter(names -> !names.contains(resource.name())).isPresent()
                    && !behindProtectedDistribution.contains(resource.name())) {
                context.report(resource.key().range(), "Internet-facing application load balancer '" + resource.name()
                        + "' has no AWS WAF web ACL, so every request reaches the targets unfiltered. Add an"
                        + " AWS::WAFv2::WebACL (Scope REGIONAL) and an AWS::WAFv2::WebACLAssociation whose ResourceArn"
                        + " is !Ref " + resource.name() + ".");
            }
        }
    }

    /** Load balancers some association names; empty when an association names a resource we cannot tell. */
    private static Optional<Set<String>> associated(Template template) {
        Set<String> names = new HashSet<>();
        for (Resource association : template.resources()) {
            if (association.type().filter(ASSOCIATIONS::contains).isPresent()) {
                Optional<String> target = association.property("ResourceArn").flatMap(Values::target);
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                names.add(target.get());
            }
        }
        return Optional.of(names);
    }

    private static boolean publicApplication(Resource loadBalancer) {
        Optional<MappingNode> properties = loadBalancer.properties();
        return isLiteralOrAbsent(properties.flatMap(p -> p.get("Type")), "application")
                && isLiteralOrAbsent(properties.flatMap(p -> p.get("Scheme")), "internet-facing");
    }

    private static boolean isLiteralOrAbsent(Optional<TemplateNode> value, String expected) {
        return value.isEmpty() || Values.literal(value).filter(expected::equals).isPresent();
    }

    private static boolean lacksWebAcl(Resource distribution) {
        return config(distribution).filter(c -> c.get("WebACLId").isEmpty()).isPresent();
    }

    private static boolean hasWebAcl(Resource distribution) {
        return config(distribution).filter(c -> c.get("WebACLId").isPresent()).isPresent();
    }

    private static Optional<MappingNode> config(Resource distribution) {
        return distribution.properties().flatMap(p -> p.mapping("DistributionConfig"));
    }

    private static Set<String> originsOfProtectedDistributions(Template template) {
        Set<String> origins = new HashSet<>();
        for (Resource distribution : template.resourcesOfType(DISTRIBUTION)) {
            if (hasWebAcl(distribution)) {
                template.referencesFrom(distribution.name()).forEach(reference -> origins.add(reference.target()));
            }
        }
        return origins;
    }
}
