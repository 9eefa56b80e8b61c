package dev.cfnlsp.hover;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.TypeDocumentation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A resource type's hover: what it is, what it needs, what it returns, and where it is available. */
record TypeDescription(ResourceSchema resource, Optional<TypeDocumentation> docs, Set<String> availableIn,
                       List<String> targetRegions) {

    String markdown() {
        StringBuilder out = new StringBuilder("### ").append(resource.typeName()).append("\n\n");
        docs.flatMap(TypeDocumentation::description).ifPresent(d -> out.append(d).append("\n\n"));
        out.append("**Required properties:** ").append(HoverText.codeList(new TreeSet<>(resource.properties().required()))).append("  \n");
        out.append("**GetAtt attributes:** ").append(HoverText.codeList(new TreeSet<>(resource.attributes()))).append("  \n");
        if (!resource.primaryIdentifier().isEmpty()) {
            out.append("**Ref returns:** the primary identifier, ").append(HoverText.codeList(resource.primaryIdentifier())).append("  \n");
        }
        List<String> missing = targetRegions.stream().filter(r -> !availableIn.contains(r)).toList();
        out.append("**Target regions:** ").append(missing.isEmpty()
                ? "available in " + String.join(", ", targetRegions)
                : "not available in " + String.join(", ", missing)).append("\n\n");
        docs.ifPresent(d -> out.append("[CloudFormation reference](").append(d.referenceUrl()).append(")"));
        return out.toString().strip();
    }
}
