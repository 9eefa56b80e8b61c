package dev.cfnlsp.rules.iam;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.support.CollectionEdits;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fix shared by iam-admin-access and iam-full-access-managed-policy: take the AWS managed policy out of
 * {@code ManagedPolicyArns} (the whole property when it was the only item) and add an inline policy derived from the
 * template to {@code Policies} (see {@link ScopedPolicy}). Only an item written directly in the list is replaced; one
 * inside an {@code Fn::If} is left to the user.
 */
final class ManagedPolicyReplacement {
    private static final String FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";
    private static final String LOGS_FULL_ACCESS = "CloudWatchLogsFullAccess";

    private ManagedPolicyReplacement() {
    }

    /**
     * The fix for one attached policy: the five flow-log actions for a VPC flow-log role given CloudWatchLogsFullAccess
     * (deterministic, safe), otherwise a policy inferred from the role's consumers, which is a guess (preferred, not
     * safe). Empty when the ARN cannot be edited out.
     */
    static Optional<Fix> fix(RuleContext context, AttachedAwsPolicy attached) {
        Template template = context.template();
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        Resource holder = attached.holder();
        Dependencies dependencies = context.shared(Dependencies.class, c -> Dependencies.of(c.template()));
        RoleUsage usage = holder.isOfType("AWS::IAM::Role") ? RoleUsage.of(holder, template)
                : new RoleUsage(holder, List.of(), List.of(), List.of(), Set.of(), false);
        String what = attached.name() + " on " + attached.holderDescription();
        if (attached.name().equals(LOGS_FULL_ACCESS) && isFlowLogRole(holder, usage)) {
            String name = ScopedPolicy.uniqueName("flow-logs-delivery", holder);
            ScopedPolicy.Built built = ScopedPolicy.flowLogDelivery(template, holder, usage, name, dependencies);
            return edits(template, edits, attached, built.policy()).map(list -> new Fix("Replace " + what
                    + " with inline policy '" + name + "' allowing only the 5 CloudWatch Logs actions VPC flow logs need"
                    + (built.scopedTo().isEmpty() ? ", on every log group of the account and region"
                            : ", on log group " + String.join(", ", built.scopedTo())), list, true, true));
        }
        Set<String> otherManaged = AttachedAwsPolicy.in(template).stream()
                .filter(p -> p.holder().name().equals(holder.name()) && p.value() != attached.value())
                .map(AttachedAwsPolicy::name).collect(Collectors.toSet());
        String name = ScopedPolicy.policyName(attached.name(), holder);
        ScopedPolicy.Built built = ScopedPolicy.derived(template, holder, usage, ScopedPolicy.covered(attached.name()), name,
                otherManaged, dependencies);
        return edits(template, edits, attached, built.policy()).map(list -> new Fix(title(what, built, usage), list, true, false));
    }

    private static String title(String what, ScopedPolicy.Built built, RoleUsage usage) {
        String placeholder = "a " + ScopedPolicy.PLACEHOLDER_SID + " placeholder statement (" + ScopedPolicy.PLACEHOLDER_ACTION
                + ") to replace with the actions it needs";
        if (built.scopedTo().isEmpty()) {
            return "Replace " + what + " with inline policy '" + built.policyName() + "' holding " + placeholder;
        }
        String consumers = usage.consumers().stream().map(Resource::name).collect(Collectors.joining(", "));
        return "Replace " + what + " with inline policy '" + built.policyName() + "' scoped to "
                + String.join(", ", built.scopedTo()) + (built.placeholder() ? " plus " + placeholder : "")
                + " (guessed from " + consumers + ": review it)";
    }

    /** A role only VPC flow logs can assume, or one used only by flow logs of the template. */
    private static boolean isFlowLogRole(Resource role, RoleUsage usage) {
        if (!role.isOfType("AWS::IAM::Role")) {
            return false;
        }
        Set<String> trusted = RoleUsage.trustedServices(role);
        return trusted.equals(Set.of(FLOW_LOGS_SERVICE))
                || !usage.flowLogs().isEmpty() && usage.consumers().isEmpty() && !usage.otherUses();
    }

    /** Removes the ARN (or the whole property when it is the only item) and adds the policy to Policies. */
    static Optional<List<TextEdit>> edits(Template template, TemplateEdits edits, AttachedAwsPolicy attached,
                                          EditValue.Mapping policy) {
        Optional<MappingNode> properties = attached.holder().properties();
        Optional<MappingEntry> arns = properties.flatMap(p -> p.entry("ManagedPolicyArns"));
        if (arns.isEmpty() || !(arns.get().value() instanceof SequenceNode list) || !CollectionEdits.writtenInPlace(arns.get())) {
            return Optional.empty();
        }
        int index = CollectionEdits.indexOf(list.items(), attached.value());
        Optional<MappingEntry> policies = properties.get().entry("Policies");
        if (index < 0 || !CollectionEdits.writtenInPlace(list, attached.value()) || policies.isPresent() && (!(policies.get().value() instanceof SequenceNode)
                || !CollectionEdits.writtenInPlace(policies.get()))) {
            return Optional.empty();
        }
        CollectionEdits collections = CollectionEdits.of(template, edits);
        EditValue.Sequence added = EditValue.list(policy);
        List<Optional<TextEdit>> result = new ArrayList<>();
        if (list.items().size() == 1) {
            if (policies.isEmpty()) {
                result.add(collections.replaceEntry(properties.get(), arns.get(), "Policies", added));
            } else {
                result.add(collections.deleteEntry(properties.get(), arns.get()));
                result.add(Optional.of(collections.appendItems((SequenceNode) policies.get().value(), List.of(policy))));
            }
        } else {
            result.add(collections.deleteItem(list, index));
            result.add(Optional.of(policies.isEmpty()
                    ? edits.insertEntryAfter(properties.get(), "ManagedPolicyArns", "Policies", added)
                    : collections.appendItems((SequenceNode) policies.get().value(), List.of(policy))));
        }
        if (result.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(result.stream().map(Optional::get).toList()).filter(collections::keepsWellFormed);
    }
}
