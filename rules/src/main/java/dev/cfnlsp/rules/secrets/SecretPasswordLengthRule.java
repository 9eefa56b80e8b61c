package dev.cfnlsp.rules.secrets;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "secret-password-length", perResource = true,
        title = "Generated secret is too short or too simple", severity = Severity.WARNING,
        category = Category.SECURITY)
public final class SecretPasswordLengthRule implements Rule {
    /** What Secrets Manager generates when PasswordLength is left out. */
    private static final int SERVICE_DEFAULT_LENGTH = 32;
    private static final String GENERATOR = "GenerateSecretString";
    private static final String LENGTH = "PasswordLength";
    private static final String EACH_TYPE = "RequireEachIncludedType";

    @Override
    public void check(RuleContext context) {
        int minimum = context.settings().minPasswordLength();
        for (Resource secret : context.template().resources()) {
            if (!secret.isOfType("AWS::SecretsManager::Secret")) {
                continue;
            }
            Optional<MappingEntry> generator = secret.properties().flatMap(p -> p.entry(GENERATOR));
            for (TemplateNode value : generator.map(g -> Alternatives.of(g.value())).orElse(List.of())) {
                if (value instanceof MappingNode settings) {
                    checkLength(context, secret, generator.get(), settings, minimum);
                    checkCharacterTypes(context, secret, settings);
                }
            }
        }
    }

    private static void checkLength(RuleContext context, Resource secret, MappingEntry generator, MappingNode settings, int minimum) {
        TemplateEdits edits = StorageFixes.edits(context);
        long length = Math.max(SERVICE_DEFAULT_LENGTH, minimum);
        Optional<TemplateNode> written = settings.get(LENGTH);
        if (written.isEmpty() && SERVICE_DEFAULT_LENGTH < minimum) {
            context.report(generator.key().range(), "Without PasswordLength Secrets Manager generates "
                    + SERVICE_DEFAULT_LENGTH + " characters, fewer than the required " + minimum
                    + "; set PasswordLength to at least " + minimum + ".",
                    StorageFixes.insertEntry(edits, settings, LENGTH, EditValue.number(length))
                            .map(edit -> fix(context, secret, "Add " + LENGTH + ": " + length + " to the " + GENERATOR + " of " + secret.name(), edit))
                            .stream().toArray(Fix[]::new));
        }
        for (TemplateNode value : written.map(Alternatives::of).orElse(List.of())) {
            Values.integer(Optional.of(value)).filter(n -> n < minimum).ifPresent(n -> context.report(value.range(),
                    "A " + n + "-character password is easier to brute-force than the required " + minimum
                            + " characters; set PasswordLength to at least " + minimum
                            + " (as long as the system using the secret accepts).",
                    fix(context, secret, "Set " + LENGTH + " of " + secret.name() + " to " + length,
                            edits.replaceScalar((ScalarNode) value, Long.toString(length)))));
        }
    }

    private static void checkCharacterTypes(RuleContext context, Resource secret, MappingNode settings) {
        for (TemplateNode value : Flags.writtenFalse(settings.get(EACH_TYPE))) {
            context.report(value.range(), "RequireEachIncludedType is false, so a generated password may lack some "
                    + "of the character types it may use; remove it or set it to true so every password mixes them all.",
                    fix(context, secret, "Set " + EACH_TYPE + " of " + secret.name() + " to true",
                            StorageFixes.edits(context).replaceScalar((ScalarNode) value, "true")));
        }
    }

    /**
     * Preferred, but never applied unasked: CloudFormation generates a new secret value whenever GenerateSecretString
     * changes, and whatever received the old one (a database's master password) keeps it until it is updated too.
     */
    private static Fix fix(RuleContext context, Resource secret, String title, TextEdit edit) {
        String fullTitle = title + (StorageFixes.replacesResource(context, secret, GENERATOR)
                ? " (replaces the resource)" : " (generates a new secret value)");
        return new Fix(fullTitle, List.of(edit), true, false);
    }
}
