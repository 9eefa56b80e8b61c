package dev.cfnlsp.rules.kms;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

@RuleInfo(id = "kms-key-rotation", perResource = true, title = "KMS key without automatic rotation", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true, checkov = "CKV_AWS_7", cfnNag = "F19",
        guard = "CMK_BACKING_KEY_ROTATION_ENABLED")
public final class KmsKeyRotationRule implements Rule {
    private static final String SYMMETRIC = "SYMMETRIC_DEFAULT";
    private static final String KMS_ORIGIN = "AWS_KMS";
    private static final String ROTATION = "EnableKeyRotation";

    @Override
    public void check(RuleContext context) {
        TemplateEdits edits = StorageFixes.edits(context);
        for (Resource key : context.template().resources()) {
            if (!key.isOfType("AWS::KMS::Key") || !canRotate(key)) {
                continue;
            }
            Optional<TemplateNode> rotation = key.property(ROTATION);
            if (rotation.isEmpty()) {
                context.report(key.key().range(), "KMS key '" + key.name() + "' does not rotate its key material. Set "
                        + "EnableKeyRotation: true so KMS replaces it every year (or every RotationPeriodInDays); "
                        + "data encrypted earlier stays readable.",
                        StorageFixes.insertProperty(edits, key, ROTATION, EditValue.bool(true))
                                .map(edit -> StorageFixes.settingProperty(context, key, ROTATION,
                                        "Add " + ROTATION + ": true to " + key.name(), edit))
                                .stream().toArray(Fix[]::new));
            }
            for (TemplateNode value : Flags.writtenFalse(rotation)) {
                context.report(value.range(), "EnableKeyRotation is false, so this key keeps the same key material "
                        + "for as long as it exists; set it to true.",
                        StorageFixes.settingProperty(context, key, ROTATION, "Set " + ROTATION + " of " + key.name() + " to true",
                                edits.replaceScalar((ScalarNode) value, "true")));
            }
        }
    }

    /** KMS rotates only symmetric keys whose material it generated; the defaults are both. */
    private static boolean canRotate(Resource key) {
        return isDefaultOr(key.property("KeySpec"), SYMMETRIC) && isDefaultOr(key.property("Origin"), KMS_ORIGIN);
    }

    private static boolean isDefaultOr(Optional<TemplateNode> property, String value) {
        return property.isEmpty() || Values.literal(property).filter(value::equals).isPresent();
    }
}
