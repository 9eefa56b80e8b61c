package dev.cfnlsp.rules.references;

import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.Template;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names a Ref or a ${Name} in Fn::Sub may use: parameters, resources and pseudo parameters. */
final class RefTargets {
    private RefTargets() {
    }

    static Set<String> of(Template template) {
        Set<String> names = new LinkedHashSet<>(template.declarations(DeclarationKind.PARAMETER).keySet());
        names.addAll(template.declarations(DeclarationKind.RESOURCE).keySet());
        names.addAll(PseudoParameters.NAMES);
        return names;
    }
}
