package dev.cfnlsp.rule;

import java.util.List;

/** A rule with its metadata read from {@link RuleInfo}. */
public record RuleDescriptor(Rule rule, String id, String title, Severity severity, Category category,
                             List<String> cfnLint, List<String> checkov, List<String> cfnNag, List<String> guard) {

    public static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getClass().getName() + " lacks @RuleInfo");
        }
        return new RuleDescriptor(rule, info.id(), info.title(), info.severity(), info.category(),
                List.of(info.cfnLint()), List.of(info.checkov()), List.of(info.cfnNag()), List.of(info.guard()));
    }
}
