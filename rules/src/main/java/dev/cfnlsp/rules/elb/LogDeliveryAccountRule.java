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
 * no target region has an account it becomes the service principal. Target regions of both kinds get no fix: one
 * principal value cannot serve them.
 */
@RuleInfo(id = "elb-log-delivery-account", title = "Bucket policy names the wrong ELB log-delivery account",
        severity = Severity.ERROR, category = Category.OPERATIONS)
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
        Map<String, List<PolicyStatement>> policies = PolicyStatements.in(context.template()).stream()
                .filter(s -> s.owner().isOfType(BUCKET_POLICY) && s.owner().attribute("Condition").isEmpty())
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
            List<Optional<String>> accounts = targets.stream().map(this::expectedAccount).toList();
            String account = grant.account().get();
            Optional<Fix> fix;
            if (accounts.stream().allMatch(Optional::isPresent)) {
                fix = targets.size() == 1 ? replaceAccount(grant, account, accounts.get(0).get()) : Optional.of(tableFix(grant, account));
            } else if (accounts.stream().noneMatch(Optional::isPresent)) {
                fix = servicePrincipalFix(grant, account);
            } else {
                fix = Optional.empty();
            }
            return fix.stream().toArray(Fix[]::new);
        }

        private Optional<Fix> replaceAccount(Grant.Written grant, String account, String expected) {
            return scalarHolding(grant.node(), account).map(scalar -> Fix.safe("Replace account " + account + " with "
                    + expected + " (ELB log delivery in " + targets.get(0) + ") in " + policy(),
                    ValueEdits.replaceText(context.template(), edits(), scalar, scalar.value().replace(account, expected))));
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
            for (PolicyStatement statement : statements) {
                if (!(statement.principal().orElse(null) instanceof MappingNode principal) || principal.get("Service").isPresent()) {
                    continue;
                }
                Optional<dev.cfnlsp.template.MappingEntry> aws = principal.entry("AWS");
                if (aws.isEmpty()) {
                    continue;
                }
                TemplateNode value = aws.get().value();
                TemplateNode replaced = value == grant.node() ? value
                        : value instanceof SequenceNode list && list.items().size() == 1 && list.items().get(0) == grant.node()
                        ? grant.node() : null;
                if (replaced != null) {
                    return Optional.of(Fix.safe("Grant the service principal " + service + " instead of account " + account
                            + " in " + policy(), edits().replaceScalar(aws.get().key(), "Service"),
                            ValueEdits.replace(context.template(), edits(), replaced, EditValue.text(service))));
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
