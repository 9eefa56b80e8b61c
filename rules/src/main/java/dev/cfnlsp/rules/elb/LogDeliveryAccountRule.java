package dev.cfnlsp.rules.elb;

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
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
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
 * <p>
 * Fixes (all safe, since the right principal follows from the target regions): a wrong row of a region-keyed
 * mapping gets the region's account; a written account becomes the one account of a single target region, or, with
 * several target regions that all have an account, a lookup in a table of them ({@code ElbLogDeliveryAccounts}); when
 * no target region has an account it becomes the service principal; when the target regions share one account and
 * the others have none, it becomes that account and the service principal is added. Several accounts plus regions
 * without one get no fix: a lookup would fail where the table has no row.
 */
@RuleInfo(id = "elb-log-delivery-account", title = "Bucket policy names the wrong ELB log-delivery account",
        severity = Severity.ERROR, category = Category.OPERATIONS,
        readsTypes = {"AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"})
public final class LogDeliveryAccountRule implements Rule {
    private static final String BUCKET_POLICY = "AWS::S3::BucketPolicy";
    private static final String TABLE = "ElbLogDeliveryAccounts";
    private static final String COLUMN = "Account";

    @Override
    public void check(RuleContext context) {
        SchemaBundle schema = context.schema();
        Map<String, String> regionOfAccount = new HashMap<>();
        schema.regions().forEach(region -> schema.elbLogDeliveryAccount(region).ifPresent(a -> regionOfAccount.putIfAbsent(a, region)));
        List<String> targets = context.settings().regions().stream().filter(schema.regions()::contains).toList();
        Map<String, List<PolicyStatement>> policies = PolicyStatements.ofType(context.template(), BUCKET_POLICY).stream()
                .filter(s -> s.owner().attribute("Condition").isEmpty())
                .collect(Collectors.groupingBy(s -> s.owner().name(), LinkedHashMap::new, Collectors.toList()));
        for (List<PolicyStatement> statements : policies.values()) {
            DeliveryGrants.of(context.template(), statements, schema.elbLogDeliveryServicePrincipal())
                    .filter(grants -> aboutLogDelivery(context.template(), grants, regionOfAccount))
                    .ifPresent(grants -> new Check(context, grants, statements, regionOfAccount, targets).run());
        }
    }

    private static boolean aboutLogDelivery(Template template, DeliveryGrants grants, Map<String, String> regionOfAccount) {
        return grants.grants().stream().anyMatch(grant -> grant.mayBeOneOf(template, regionOfAccount.keySet()));
    }

    private record PrincipalEntry(MappingNode principal, MappingEntry aws, boolean only) {
    }

    /** One policy against the target regions. */
    private record Check(RuleContext context, DeliveryGrants grants, List<PolicyStatement> statements,
                         Map<String, String> regionOfAccount, List<String> targets) {

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
                        + " access logs to this bucket. " + needs(unmet), writtenFix(grant));
            }
            List<String> unexplained = unmet.stream().filter(r -> !explained.contains(r)).toList();
            if (misplaced.isEmpty() && !written.isEmpty() && !unexplained.isEmpty()) {
                context.report(range(written.get(0)), "This policy lets ELB deliver access logs only from "
                        + written.stream().map(w -> regionOfAccount.get(w.account().get())).distinct().collect(Collectors.joining(", "))
                        + "; load balancers in other target regions would be refused. " + needs(unexplained),
                        writtenFix(written.get(0)));
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
                            + ", so load balancers there cannot write their access logs. " + needs(List.of(region)),
                            expectedAccount(region).map(account -> Fix.safe("Set the " + region + " row of mapping '"
                                    + mapped.lookup().mapName().value() + "' to " + account,
                                    ValueEdits.replaceText(context.template(), edits(), row, account))).stream().toArray(Fix[]::new));
                    reported = true;
                }
            }
            return reported;
        }

        /** The fix of a written principal: the right account, a table lookup, or the service principal. */
        private Fix[] writtenFix(Grant.Written grant) {
            List<String> accounts = targets.stream().map(this::expectedAccount).flatMap(Optional::stream).distinct().toList();
            List<String> serviceRegions = targets.stream().filter(region -> expectedAccount(region).isEmpty()).toList();
            String account = grant.account().get();
            Optional<Fix> fix;
            if (serviceRegions.isEmpty()) {
                fix = accounts.size() == 1 ? replaceAccount(grant, account, accounts.get(0)) : Optional.of(tableFix(grant, account));
            } else if (accounts.isEmpty()) {
                fix = servicePrincipalFix(grant, account);
            } else if (accounts.size() == 1) {
                fix = accountAndServicePrincipal(grant, account, accounts.get(0), serviceRegions);
            } else {
                fix = Optional.empty(); // a lookup would fail in the regions without a row, and a list would need a new statement
            }
            return fix.stream().toArray(Fix[]::new);
        }

        private Optional<Fix> replaceAccount(Grant.Written grant, String account, String expected) {
            return accountEdit(grant, account, expected).map(edit -> Fix.safe("Replace account " + account + " with "
                    + expected + " (ELB log delivery in " + regionsOf(expected) + ") in " + policy(), edit));
        }

        private Optional<TextEdit> accountEdit(Grant.Written grant, String account, String expected) {
            return scalarHolding(grant.node(), account).map(scalar ->
                    ValueEdits.replaceText(context.template(), edits(), scalar, scalar.value().replace(account, expected)));
        }

        /** One account for the older target regions, plus the service principal for the newer ones. */
        private Optional<Fix> accountAndServicePrincipal(Grant.Written grant, String account, String expected, List<String> serviceRegions) {
            String service = context.schema().elbLogDeliveryServicePrincipal();
            Optional<TextEdit> accountEdit = accountEdit(grant, account, expected);
            Optional<MappingNode> principal = principalOf(grant).map(PrincipalEntry::principal);
            if (accountEdit.isEmpty() || principal.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Fix.safe("Replace account " + account + " with " + expected + " (ELB log delivery in "
                    + regionsOf(expected) + ") and add the service principal " + service + " (" + String.join(", ", serviceRegions)
                    + ") in " + policy(), accountEdit.get(), edits().insertEntry(principal.get(), "Service", EditValue.text(service))));
        }

        private String regionsOf(String account) {
            return String.join(", ", targets.stream().filter(region -> expectedAccount(region).equals(Optional.of(account))).toList());
        }

        private Fix tableFix(Grant.Written grant, String account) {
            Template template = context.template();
            Optional<String> existing = template.declarations(DeclarationKind.MAPPING).values().stream()
                    .filter(this::listsTargetAccounts).map(Declaration::name).findFirst();
            String table = existing.orElseGet(this::unusedTableName);
            EditValue lookup = new EditValue.Intrinsic("Fn::FindInMap",
                    EditValue.list(EditValue.text(table), EditValue.ref("AWS::Region"), EditValue.text(COLUMN)));
            EditValue principal = new EditValue.Intrinsic("Fn::Sub", EditValue.list(
                    ValueEdits.quoted(edits().style(), "arn:${AWS::Partition}:iam::${" + COLUMN + "}:root"),
                    EditValue.map().put(COLUMN, lookup).build()));
            TextEdit grantEdit = ValueEdits.replace(template, edits(), grant.node(), principal);
            String title = "grant the account of the stack's region (!FindInMap [" + table + ", !Ref AWS::Region, " + COLUMN
                    + "]) instead of " + account + " in " + policy();
            if (existing.isPresent()) {
                return Fix.safe("Using mapping '" + table + "', " + title, grantEdit);
            }
            EditValue.MappingBuilder rows = EditValue.map();
            targets.forEach(region -> rows.put(region, EditValue.map().put(COLUMN, expectedAccount(region).get()).build()));
            Optional<MappingNode> mappings = template.rootMapping().flatMap(root -> root.mapping("Mappings"));
            TextEdit tableEdit = mappings.isPresent() ? edits().insertEntry(mappings.get(), table, rows.build())
                    : ValueEdits.insertSection(template, edits(), "Mappings", EditValue.map().put(table, rows.build()).build());
            return Fix.safe("Add mapping '" + table + "' of the ELB log-delivery accounts of " + String.join(", ", targets)
                    + " and " + title, tableEdit, grantEdit);
        }

        /** A mapping with the right account in the Account column of every target region's row. */
        private boolean listsTargetAccounts(Declaration mapping) {
            return mapping.mapping().filter(table -> targets.stream().allMatch(region -> table.mapping(region)
                    .flatMap(row -> row.text(COLUMN)).equals(expectedAccount(region)))).isPresent();
        }

        private String unusedTableName() {
            String name = TABLE;
            for (int i = 2; context.template().declaration(DeclarationKind.MAPPING, name).isPresent(); i++) {
                name = TABLE + i;
            }
            return name;
        }

        /** {@code AWS: <grant>} becomes {@code Service: <principal>}, when the grant is the entry's only value. */
        private Optional<Fix> servicePrincipalFix(Grant.Written grant, String account) {
            String service = context.schema().elbLogDeliveryServicePrincipal();
            return principalOf(grant).filter(PrincipalEntry::only).map(found -> Fix.safe("Grant the service principal " + service
                    + " instead of account " + account + " in " + policy(), edits().replaceScalar(found.aws().key(), "Service"),
                    ValueEdits.replace(context.template(), edits(), grant.node(), EditValue.text(service))));
        }

        /**
         * The Principal mapping whose AWS entry holds the grant, directly or as an item; {@code only} when the grant is
         * its one value. Principals that already name a service are left out: the fixes would have to merge them.
         */
        private Optional<PrincipalEntry> principalOf(Grant.Written grant) {
            for (PolicyStatement statement : statements) {
                if (!(statement.principal().orElse(null) instanceof MappingNode principal) || principal.get("Service").isPresent()) {
                    continue;
                }
                Optional<MappingEntry> aws = principal.entry("AWS");
                if (aws.isEmpty()) {
                    continue;
                }
                TemplateNode value = aws.get().value();
                if (value == grant.node()) {
                    return Optional.of(new PrincipalEntry(principal, aws.get(), true));
                }
                if (value instanceof SequenceNode list && list.items().stream().anyMatch(item -> item == grant.node())) {
                    return Optional.of(new PrincipalEntry(principal, aws.get(), list.items().size() == 1));
                }
            }
            return Optional.empty();
        }

        /** The scalar of a principal value (its text, a Sub text, a Join piece) that holds the account. */
        private static Optional<ScalarNode> scalarHolding(TemplateNode node, String account) {
            if (node instanceof ScalarNode scalar) {
                return scalar.value().contains(account) ? Optional.of(scalar) : Optional.empty();
            }
            if (node instanceof IntrinsicNode call) {
                return scalarHolding(call.argument(), account);
            }
            if (node instanceof SequenceNode list) {
                return list.items().stream().map(item -> scalarHolding(item, account)).flatMap(Optional::stream).findFirst();
            }
            return Optional.empty();
        }

        private String policy() {
            return statements.get(0).owner().name();
        }

        private TemplateEdits edits() {
            return context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
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
