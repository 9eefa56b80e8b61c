package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.Template;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names a Ref or a ${Name} in Fn::Sub may use: parameters, resources and pseudo parameters. */
record RefTargets(Set<String> names) {

    /** Built once per analysis: every reference of a template is checked against the same set. */
    static Set<String> of(RuleContext context) {
        return context.shared(RefTargets.class, c -> collect(c.template())).names();
    }

    private static RefTargets collect(Template template) {
        Set<String> names = new LinkedHashSet<>(template.declarations(DeclarationKind.PARAMETER).keySet());
        names.addAll(template.declarations(DeclarationKind.RESOURCE).keySet());
        names.addAll(PseudoParameters.NAMES);
        return new RefTargets(Collections.unmodifiableSet(names));
    }
}
