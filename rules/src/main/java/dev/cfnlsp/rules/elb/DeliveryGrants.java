package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who one bucket policy lets write objects: the AWS principals of its Allow statements that may grant s3:PutObject,
 * and whether it names the ELB log delivery service principal. Empty when a writer's account cannot be told.
 */
record DeliveryGrants(List<Grant> grants, boolean servicePrincipal) {
    private static final String PUT_OBJECT = "s3:putobject";

    static Optional<DeliveryGrants> of(Template template, List<PolicyStatement> statements, String servicePrincipal) {
        List<Grant> grants = new ArrayList<>();
        boolean service = false;
        for (PolicyStatement statement : statements) {
            if (!statement.allows() || !mayPutObjects(statement)
                    || !(statement.principal().orElse(null) instanceof MappingNode principal)) {
                continue;
            }
            service |= principal.get("Service").map(DeliveryGrants::alternativeItems).orElse(List.of()).stream()
                    .anyMatch(name -> servicePrincipal.equals(name.scalarText()));
            Optional<TemplateNode> aws = principal.get("AWS");
            if (aws.isPresent() && !addAccounts(template, aws.get(), grants)) {
                return Optional.empty();
            }
        }
        return Optional.of(new DeliveryGrants(grants, service));
    }

    /** Adds the principals of an {@code AWS} value; false when one of them could be any account. */
    private static boolean addAccounts(Template template, TemplateNode aws, List<Grant> grants) {
        for (TemplateNode list : Alternatives.of(aws)) {
            for (TemplateNode item : Values.items(list)) {
                for (TemplateNode value : Alternatives.of(item)) {
                    Optional<Grant> grant = Grants.of(template, value, isIf(aws) || isIf(item));
                    if (grant.isEmpty()) {
                        return false;
                    }
                    grants.add(grant.get());
                }
            }
        }
        return true;
    }

    private static boolean isIf(TemplateNode node) {
        return node instanceof IntrinsicNode call && call.is(Intrinsics.IF);
    }

    private static List<TemplateNode> alternativeItems(TemplateNode node) {
        return Alternatives.of(node).stream().flatMap(v -> Values.items(v).stream()).flatMap(v -> Alternatives.of(v).stream()).toList();
    }

    /** Whether an action of the statement matches s3:PutObject; an action we cannot read might. */
    private static boolean mayPutObjects(PolicyStatement statement) {
        List<TemplateNode> actions = statement.actions();
        return actions.isEmpty() || actions.stream().anyMatch(action -> Values.literal(Optional.of(action))
                .map(pattern -> glob(pattern).matcher(PUT_OBJECT).matches()).orElse(true));
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
