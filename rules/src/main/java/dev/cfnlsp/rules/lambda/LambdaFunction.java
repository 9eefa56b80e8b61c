package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Lambda function, plain or SAM. A SAM function inherits the properties it does not set from
 * {@code Globals.Function}; maps such as {@code LoggingConfig} are merged key by key, the function's own keys first.
 */
record LambdaFunction(Resource resource, Optional<MappingNode> globals) {
    static final String FUNCTION = "AWS::Lambda::Function";
    static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";

    static List<LambdaFunction> in(Template template) {
        Optional<MappingNode> globals = template.usesSam()
                ? template.section("Globals").map(MappingEntry::value).filter(MappingNode.class::isInstance)
                        .map(MappingNode.class::cast).flatMap(g -> g.mapping("Function"))
                : Optional.empty();
        return TypedResources.of(template, FUNCTION, SERVERLESS_FUNCTION).stream()
                .map(r -> new LambdaFunction(r, r.isOfType(SERVERLESS_FUNCTION) ? globals : Optional.empty()))
                .toList();
    }

    String name() {
        return resource.name();
    }

    /** The value that applies: the function's own, else the one in Globals (SAM only). */
    Optional<TemplateNode> property(String name) {
        Optional<TemplateNode> own = resource.property(name);
        return own.isPresent() ? own : globals.flatMap(g -> g.get(name));
    }

    /** The LoggingConfig blocks that apply, the function's own first; SAM merges them key by key. */
    List<TemplateNode> loggingConfigs() {
        List<TemplateNode> configs = new ArrayList<>();
        resource.property("LoggingConfig").ifPresent(configs::add);
        globals.flatMap(g -> g.get("LoggingConfig")).ifPresent(configs::add);
        return configs;
    }

    /** The ways the template can spell the function's name: {@code !Ref} to it, and its FunctionName if written. */
    List<NamePattern> names() {
        List<NamePattern> names = new ArrayList<>();
        names.add(NamePattern.reference(resource.name()));
        resource.property("FunctionName").filter(n -> !(n instanceof ScalarNode s && s.isNull())).map(NamePattern::of)
                .ifPresent(names::add);
        return names;
    }
}
