package dev.cfnlsp.hover;

import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

/** What a Ref, GetAtt or Sub variable points at: its kind and the facts a person checks before using it. */
final class DeclarationDescription {
    private DeclarationDescription() {
    }

    static String markdown(Declaration declaration, SchemaBundle schema) {
        StringBuilder out = new StringBuilder("### ").append(declaration.name()).append(" (")
                .append(declaration.kind().displayName()).append(")\n\n");
        Optional<MappingNode> body = declaration.mapping();
        switch (declaration.kind()) {
            case PARAMETER -> body.ifPresent(b -> {
                line(out, "Type", b.text("Type"));
                line(out, "Default", b.text("Default"));
                b.get("AllowedValues").map(DeclarationDescription::flat).ifPresent(v -> out.append("**Allowed values:** ").append(v).append("  \n"));
                line(out, "Description", b.text("Description"));
            });
            case RESOURCE -> body.flatMap(b -> b.text("Type")).ifPresent(type -> {
                out.append("**Type:** `").append(type).append("`  \n");
                schema.documentation(type).flatMap(d -> d.description()).map(DeclarationDescription::firstSentence)
                        .ifPresent(d -> out.append(d).append('\n'));
            });
            default -> { }
        }
        return out.toString().strip();
    }

    private static void line(StringBuilder out, String label, Optional<String> value) {
        value.ifPresent(v -> out.append("**").append(label).append(":** ").append(v).append("  \n"));
    }

    private static String flat(TemplateNode node) {
        if (node instanceof SequenceNode sequence) {
            return HoverText.codeList(sequence.items().stream().map(TemplateNode::scalarText).filter(t -> t != null).toList());
        }
        return Optional.ofNullable(node.scalarText()).orElse("(computed)");
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
