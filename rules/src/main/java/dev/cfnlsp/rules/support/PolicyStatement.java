package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * One statement of an IAM policy document found in a template, with the resource that holds it and the property
 * path of the document (e.g. {@code Policies[0].PolicyDocument}).
 */
public record PolicyStatement(Resource owner, String documentPath, MappingNode statement) {

    public boolean allows() {
        return Values.literal(statement.get("Effect")).map("Allow"::equals).orElse(false);
    }

    public boolean denies() {
        return Values.literal(statement.get("Effect")).map("Deny"::equals).orElse(false);
    }

    /** The Action (or NotAction) values as written; a single value counts as a list of one. */
    public List<TemplateNode> actions() {
        return statement.get("Action").map(Values::items).orElse(List.of());
    }

    public List<TemplateNode> resources() {
        return statement.get("Resource").map(Values::items).orElse(List.of());
    }

    public Optional<TemplateNode> principal() {
        return statement.get("Principal");
    }

    public Optional<TemplateNode> condition() {
        return statement.get("Condition");
    }
}
