package dev.cfnlsp.rules.limits;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.Map;

@RuleInfo(id = "template-limit", title = "Template exceeds a CloudFormation quota", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = {"E1002", "E3010", "E2010", "E6010"})
public final class TemplateLimitsRule implements Rule {
    /** CloudFormation quotas per template (see the CloudFormation quotas page). */
    private static final Map<DeclarationKind, Integer> MAX_DECLARATIONS = Map.of(
            DeclarationKind.RESOURCE, 500,
            DeclarationKind.PARAMETER, 200,
            DeclarationKind.OUTPUT, 200);
    private static final int MAX_BYTES = 1_048_576;

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        MAX_DECLARATIONS.forEach((kind, max) -> {
            int count = template.declarations(kind).size();
            if (count > max) {
                SourceRange at = template.section(kind.section()).map(MappingEntry::key).map(k -> k.range()).orElseThrow();
                context.report(at, "The template declares " + count + " " + kind.section().toLowerCase() + "; CloudFormation allows at most "
                        + max + ". Split it into nested stacks.");
            }
        });
        String text = template.text();
        if (text.length() > MAX_BYTES) {
            // Every character takes at least one byte: no need to encode a large text on every keystroke.
            context.report(SourceRange.of(0, 0, 0, 0), "The template has " + text.length() + " characters, more than the "
                    + MAX_BYTES + " bytes (1 MB, uploaded through S3) CloudFormation accepts. Split it into nested stacks.");
        } else if (text.length() > MAX_BYTES / 3 && utf8Length(text) > MAX_BYTES) {
            context.report(SourceRange.of(0, 0, 0, 0), "The template is " + utf8Length(text) + " bytes; CloudFormation accepts at most "
                    + MAX_BYTES + " bytes (1 MB, uploaded through S3). Split it into nested stacks.");
        }
    }

    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
