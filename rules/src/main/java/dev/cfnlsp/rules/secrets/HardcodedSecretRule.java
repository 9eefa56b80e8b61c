package dev.cfnlsp.rules.secrets;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

@RuleInfo(id = "hardcoded-secret", perResource = true, title = "Secret written in the template or in a visible parameter",
        severity = Severity.ERROR, category = Category.SECURITY,
        cfnNag = {"F23", "F31", "F34", "F35", "F36", "F37", "F44", "F52", "F70"})
public final class HardcodedSecretRule implements Rule {
    private static final String DYNAMIC_REFERENCE = "{{resolve:";
    /** Parameters of these types hold the name of an SSM parameter, not the secret. */
    private static final String SSM_PARAMETER_TYPE = "AWS::SSM::Parameter::";

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        for (Resource resource : template.resources()) {
            Optional<ResourceSchema> schema = resource.type().flatMap(context.schema()::resourceSchema);
            Optional<MappingNode> properties = resource.properties();
            if (schema.isEmpty() || properties.isEmpty()) {
                continue;
            }
            for (SecretProperties.SecretValue secret : SecretProperties.in(properties.get(), schema.get())) {
                problem(template, secret).ifPresent(problem ->
                        context.report(secret.value().range(), problem + " " + remedy(secret)));
            }
        }
    }

    private static Optional<String> problem(Template template, SecretProperties.SecretValue secret) {
        TemplateNode value = secret.value();
        if (value instanceof ScalarNode scalar && !scalar.isNull() && !scalar.value().isEmpty()
                && !scalar.value().contains(DYNAMIC_REFERENCE)) {
            return Optional.of(secret.property() + " is written in the template, so anyone who can read the template "
                    + "or the stack can read it.");
        }
        if (value instanceof IntrinsicNode ref && ref.is(Intrinsics.REF) && ref.argument() instanceof ScalarNode name) {
            return template.declaration(DeclarationKind.PARAMETER, name.value())
                    .flatMap(parameter -> parameterProblem(secret.property(), parameter));
        }
        return Optional.empty();
    }

    private static Optional<String> parameterProblem(String property, Declaration parameter) {
        MappingNode body = parameter.mapping().orElse(null);
        if (body == null || body.text("Type").filter(t -> t.startsWith(SSM_PARAMETER_TYPE)).isPresent()) {
            return Optional.empty();
        }
        String source = property + " comes from parameter '" + parameter.name() + "', ";
        if (!Values.isTrue(body.get("NoEcho"))) {
            return Optional.of(source + "which is not NoEcho, so its value shows in the console and in API responses.");
        }
        if (Values.literal(body.get("Default")).filter(d -> !d.isEmpty()).isPresent()) {
            return Optional.of(source + "whose Default writes the secret into the template.");
        }
        return Optional.empty();
    }

    private static String remedy(SecretProperties.SecretValue secret) {
        return secret.managedAlternative()
                .map(managed -> "Set " + managed + ": true instead, so the service generates the password and keeps it "
                        + "in Secrets Manager, or use a '{{resolve:secretsmanager:...}}' dynamic reference.")
                .orElse("Use a '{{resolve:secretsmanager:...}}' dynamic reference, or a NoEcho parameter without a Default.");
    }
}
