package dev.cfnlsp.template;

import java.util.Optional;
import java.util.regex.Pattern;

/** Decides whether a YAML/JSON document is a CloudFormation template; anything else gets no diagnostics. */
public final class TemplateDetector {
    private static final Pattern TEXT_HINT = Pattern.compile(
            "AWSTemplateFormatVersion|[\"']?Type[\"']?\\s*:\\s*[\"']?(AWS|Custom|Alexa)::|AWS::Serverless-2016-10-31");

    private TemplateDetector() {
    }

    public static boolean isTemplate(Optional<MappingNode> root) {
        return root.filter(TemplateDetector::isTemplate).isPresent();
    }

    /** For text that does not parse: a cheap sniff, so a broken template still gets its syntax error reported. */
    public static boolean looksLikeTemplate(String text) {
        return TEXT_HINT.matcher(text).find();
    }

    private static boolean isTemplate(MappingNode root) {
        if (root.get("AWSTemplateFormatVersion").isPresent()) {
            return true;
        }
        if (root.get("Transform").isPresent() && root.get("Resources").isPresent()) {
            return true;
        }
        return root.mapping("Resources")
                .map(resources -> resources.entries().stream().anyMatch(TemplateDetector::hasResourceType))
                .orElse(false);
    }

    private static boolean hasResourceType(MappingEntry entry) {
        return entry.value() instanceof MappingNode body && body.text("Type")
                .filter(type -> type.startsWith("AWS::") || type.startsWith("Custom::") || type.startsWith("Alexa::"))
                .isPresent();
    }
}
