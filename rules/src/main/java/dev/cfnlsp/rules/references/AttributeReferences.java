package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Resource;
import java.util.Optional;
import java.util.Set;

/** The check shared by Fn::GetAtt and ${Resource.Attribute} in Fn::Sub: the resource exists and has the attribute. */
final class AttributeReferences {
    private AttributeReferences() {
    }

    /** @param parameterAdvice how to refer to a parameter in this form instead */
    static void check(RuleContext context, Reference reference, String form, String parameterAdvice) {
        Optional<Resource> resource = context.template().resource(reference.target());
        if (resource.isEmpty()) {
            Set<String> resources = context.template().declarations(DeclarationKind.RESOURCE).keySet();
            String problem = context.template().declaration(DeclarationKind.PARAMETER, reference.target()).isPresent()
                    ? form + " needs a resource, but '" + reference.target() + "' is a parameter; " + parameterAdvice
                    : form + " of '" + reference.target() + "', which is not a resource of this template.";
            UnknownTargets.report(context, reference.range(), reference.target(), problem, ReferenceRule.candidates(reference, resources));
            return;
        }
        if (reference.attribute().isEmpty() || reference.attributeRange().isEmpty()) {
            return;
        }
        String attribute = reference.attribute().get();
        Attributes.missing(context, resource.get(), attribute).ifPresent(valid -> UnknownTargets.report(context,
                reference.attributeRange().get(), attribute,
                resource.get().type().orElse("") + " '" + reference.target() + "' has no attribute '" + attribute + "'."
                        + (valid.isEmpty() ? " It has no attributes." : " Available: " + String.join(", ", valid.stream().sorted().toList()) + "."),
                valid));
    }
}
