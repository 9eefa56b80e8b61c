package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bucket policies that let an ELB log-delivery account write must name the account of every target region (or the
 * service principal, for regions that have no account). Only policies that name one of those accounts are read, so
 * ordinary cross-account grants are never reported; a policy with a writer we cannot resolve is skipped.
 */
@RuleInfo(id = "elb-log-delivery-account", title = "Bucket policy names the wrong ELB log-delivery account",
        severity = Severity.ERROR, category = Category.OPERATIONS)
public final class LogDeliveryAccountRule implements Rule {
    private static final String BUCKET_POLICY = "AWS::S3::BucketPolicy";

    @Override
    public void check(RuleContext context) {
        SchemaBundle schema = context.schema();
        Map<String, String> regionOfAccount = new HashMap<>();
        schema.regions().forEach(region -> schema.elbLogDeliveryAccount(region).ifPresent(a -> regionOfAccount.putIfAbsent(a, region)));
        List<String> targets = context.settings().regions().stream().filter(schema.regions()::contains).toList();
        Map<String, List<PolicyStatement>> policies = PolicyStatements.in(context.template()).stream()
                .filter(s -> s.owner().isOfType(BUCKET_POLICY) && s.owner().attribute("Condition").isEmpty())
                .collect(Collectors.groupingBy(s -> s.owner().name(), LinkedHashMap::new, Collectors.toList()));
        for (List<PolicyStatement> statements : policies.values()) {
            DeliveryGrants.of(context.template(), statements, schema.elbLogDeliveryServicePrincipal())
                    .filter(grants -> aboutLogDelivery(context.template(), grants, regionOfAccount))
                    .ifPresent(grants -> new Check(context, grants, regionOfAccount, targets).run());
        }
    }

    private static boolean aboutLogDelivery(Template template, DeliveryGrants grants, Map<String, String> regionOfAccount) {
        return grants.grants().stream().anyMatch(grant -> grant.mayBeOneOf(template, regionOfAccount.keySet()));
    }

    /** One policy against the target regions. */
    private record Check(RuleContext context, DeliveryGrants grants, Map<String, String> regionOfAccount, List<String> targets) {

        void run() {
            List<String> unmet = targets.stream().filter(region -> !met(region)).toList();
            if (unmet.isEmpty()) {
                return;
            }
            Set<String> explained = new HashSet<>();
            for (String region : unmet) {
                if (reportMappedRows(region)) {
                    explained.add(region);
                }
            }
            List<Grant.Written> written = grants.grants().stream()
                    .filter(Grant.Written.class::isInstance).map(Grant.Written.class::cast)
                    .filter(w -> !w.conditional() && w.account().filter(regionOfAccount::containsKey).isPresent())
                    .toList();
            Set<String> wanted = targets.stream().map(this::expectedAccount).flatMap(Optional::stream).collect(Collectors.toSet());
            List<Grant.Written> misplaced = written.stream().filter(w -> !wanted.contains(w.account().get())).toList();
            for (Grant.Written grant : misplaced) {
                String account = grant.account().get();
                context.report(range(grant), account + " is the ELB log-delivery account of "
                        + regionOfAccount.get(account) + ", not of a target region, so load balancers cannot write their"
                        + " access logs to this bucket. " + needs(unmet));
            }
            List<String> unexplained = unmet.stream().filter(r -> !explained.contains(r)).toList();
            if (misplaced.isEmpty() && !written.isEmpty() && !unexplained.isEmpty()) {
                context.report(range(written.get(0)), "This policy lets ELB deliver access logs only from "
                        + written.stream().map(w -> regionOfAccount.get(w.account().get())).distinct().collect(Collectors.joining(", "))
                        + "; load balancers in other target regions would be refused. " + needs(unexplained));
            }
        }

        private SourceRange range(Grant.Written grant) {
            return grant.node() instanceof ScalarNode scalar ? context.template().valueRange(scalar) : grant.node().range();
        }

        private Optional<String> expectedAccount(String region) {
            return context.schema().elbLogDeliveryAccount(region);
        }

        private boolean met(String region) {
            if (grants.servicePrincipal()) {
                return true;
            }
            Optional<String> expected = expectedAccount(region);
            return grants.grants().stream().anyMatch(grant -> grant.mayBe(context.template(), region, expected));
        }

        private boolean reportMappedRows(String region) {
            boolean reported = false;
            for (Grant grant : grants.grants()) {
                if (grant instanceof Grant.Mapped mapped && mapped.account(context.template(), region).isPresent()) {
                    ScalarNode row = mapped.row(context.template(), region).get();
                    context.report(context.template().valueRange(row), "Mapping '" + mapped.lookup().mapName().value()
                            + "' gives " + row.value() + " as the ELB log-delivery account for " + region
                            + ", so load balancers there cannot write their access logs. " + needs(List.of(region)));
                    reported = true;
                }
            }
            return reported;
        }

        private String needs(List<String> regions) {
            return regions.stream().map(region -> expectedAccount(region)
                            .map(account -> "In " + region + " grant account " + account + " (arn:${AWS::Partition}:iam::"
                                    + account + ":root).")
                            .orElse("In " + region + " logs are delivered by the service principal "
                                    + context.schema().elbLogDeliveryServicePrincipal() + "; grant it under Principal: Service."))
                    .collect(Collectors.joining(" "));
        }
    }
}
