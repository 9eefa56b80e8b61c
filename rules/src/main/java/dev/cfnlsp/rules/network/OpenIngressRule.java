package dev.cfnlsp.rules.network;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole internet may reach web ports; anything else is reported — as an error when the exposed range holds a
 * remote-administration or data-store port or is every port.
 */
@RuleInfo(id = "sg-open-ingress", perResource = true, title = "Security group open to the internet beyond HTTP/HTTPS",
        severity = Severity.WARNING, category = Category.SECURITY, errorInProduction = true,
        checkov = {"CKV_AWS_24", "CKV_AWS_25"}, cfnNag = "W2", guard = "INCOMING_SSH_DISABLED")
public final class OpenIngressRule implements Rule {
    private static final Set<String> ANYWHERE = Set.of("0.0.0.0/0", "::/0");

    @Override
    public void check(RuleContext context) {
        for (Ingress ingress : IngressRules.in(context.template())) {
            Optional<PortRange> ports = PortRange.of(ingress.rule());
            if (ports.isEmpty() || ports.get().onlyWebPorts()) {
                continue;
            }
            for (String key : List.of("CidrIp", "CidrIpv6")) {
                for (TemplateNode source : ingress.rule().get(key).map(Alternatives::of).orElse(List.of())) {
                    if (source instanceof ScalarNode cidr && ANYWHERE.contains(cidr.value().trim())) {
                        Severity severity = ports.get().everything() || !ports.get().sensitivePorts().isEmpty()
                                ? Severity.ERROR : Severity.WARNING;
                        context.report(severity, context.template().valueRange(cidr), message(cidr.value().trim(), ports.get()));
                    }
                }
            }
        }
    }

    private static String message(String cidr, PortRange ports) {
        if (ports.everything()) {
            return "Ingress from " + cidr + " admits every protocol and port: whatever listens behind this group, now or"
                    + " after a later change (SSH, RDP, a database), is reachable from the whole internet. Open only the"
                    + " ports the service needs, to the sources that need them.";
        }
        List<String> sensitive = ports.sensitivePorts();
        if (!sensitive.isEmpty()) {
            return "Ingress from " + cidr + " exposes " + ports.describe() + ", which includes " + String.join(", ", sensitive)
                    + ", to the whole internet, where it will be scanned and attacked within minutes. Restrict the source"
                    + " to a known CIDR, a prefix list or a security group; reach hosts through Session Manager or a VPN.";
        }
        return "Ingress from " + cidr + " exposes " + ports.describe() + " to the whole internet; only web traffic"
                + " (80, 443) normally faces everyone. Narrow the source unless this service really must be public.";
    }
}
