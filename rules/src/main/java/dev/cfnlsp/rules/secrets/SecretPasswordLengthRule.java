package dev.cfnlsp.rules.secrets;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "secret-password-length", title = "Generated secret is too short or too simple", severity = Severity.WARNING,
        category = Category.SECURITY)
public final class SecretPasswordLengthRule implements Rule {
    /** What Secrets Manager generates when PasswordLength is left out. */
    private static final int SERVICE_DEFAULT_LENGTH = 32;

    @Override
    public void check(RuleContext context) {
        int minimum = context.settings().minPasswordLength();
        for (Resource secret : context.template().resources()) {
            if (!secret.isOfType("AWS::SecretsManager::Secret")) {
                continue;
            }
            Optional<MappingEntry> generator = secret.properties().flatMap(p -> p.entry("GenerateSecretString"));
            for (TemplateNode value : generator.map(g -> Alternatives.of(g.value())).orElse(List.of())) {
                if (value instanceof MappingNode settings) {
                    checkLength(context, generator.get(), settings, minimum);
                    checkCharacterTypes(context, settings);
                }
            }
        }
    }

    private static void checkLength(RuleContext context, MappingEntry generator, MappingNode settings, int minimum) {
        Optional<TemplateNode> length = settings.get("PasswordLength");
        if (length.isEmpty() && SERVICE_DEFAULT_LENGTH < minimum) {
            context.report(generator.key().range(), "Without PasswordLength Secrets Manager generates "
                    + SERVICE_DEFAULT_LENGTH + " characters, fewer than the required " + minimum
                    + "; set PasswordLength to at least " + minimum + ".");
        }
        for (TemplateNode value : length.map(Alternatives::of).orElse(List.of())) {
            Values.integer(Optional.of(value)).filter(n -> n < minimum).ifPresent(n -> context.report(value.range(),
                    "A " + n + "-character password is easier to brute-force than the required " + minimum
                            + " characters; set PasswordLength to at least " + minimum
                            + " (as long as the system using the secret accepts)."));
        }
    }

    private static void checkCharacterTypes(RuleContext context, MappingNode settings) {
        for (TemplateNode value : Flags.writtenFalse(settings.get("RequireEachIncludedType"))) {
            context.report(value.range(), "RequireEachIncludedType is false, so a generated password may lack some "
                    + "of the character types it may use; remove it or set it to true so every password mixes them all.");
        }
    }
}
