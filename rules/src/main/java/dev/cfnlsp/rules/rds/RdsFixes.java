package dev.cfnlsp.rules.rds;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.logging.ObservabilityFixes;
import dev.cfnlsp.schema.ResourceSchema;

/**
 * Setting one property of a database. A property the type's schema lists as create-only replaces the database when
 * it changes (a new, empty one unless restored), so that fix is only offered, and its title says so; any other is
 * safe. A type the bundle does not know counts as create-only.
 */
final class RdsFixes {
    private RdsFixes() {
    }

    static Fix[] set(RuleContext context, Database database, String property, EditValue.Literal value) {
        String name = database.resource().name();
        String title = database.resource().property(property).isPresent()
                ? "Set " + property + ": " + value.value() + " on " + name
                : "Add " + property + ": " + value.value() + " to " + name;
        boolean replaces = database.resource().type().flatMap(context.schema()::resourceSchema)
                .map(ResourceSchema::createOnlyProperties)
                .map(createOnly -> createOnly.contains(property))
                .orElse(true);
        return ObservabilityFixes.setValue(context, database.resource(), property, value)
                .map(edit -> replaces ? Fix.alternative(title + " (replaces the resource)", edit) : Fix.safe(title, edit))
                .map(fix -> new Fix[] {fix})
                .orElse(new Fix[0]);
    }
}
