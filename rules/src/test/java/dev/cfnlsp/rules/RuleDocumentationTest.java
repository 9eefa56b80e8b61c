package dev.cfnlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule explains itself: hovers, {@code docs/rules.md} and the docs site read the same Markdown. */
class RuleDocumentationTest {
    private static final List<String> SECTIONS = List.of("## What it checks", "## Why it matters", "## How to fix");

    @Test
    void everyRuleHasAnExplanationWithTheStandardSections() {
        List<String> incomplete = RuleRegistry.builtIn().descriptors().stream()
                .filter(rule -> !SECTIONS.stream().allMatch(rule.documentation()::contains))
                .map(RuleDescriptor::id)
                .toList();
        assertEquals(List.of(), incomplete, "rules whose docs/<id>.md lacks one of " + SECTIONS);
    }
}
