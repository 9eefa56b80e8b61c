package dev.cfnlsp.rule;

import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule ids silenced in a template's {@code Metadata}: template-wide at the top level, or for one resource in its own
 * {@code Metadata}. Besides {@code cfn-lsp: {ignore: [...]}}, the suppressions of cfn-lint, cfn_nag, checkov and
 * CloudFormation Guard count for the rules that declare those tools' ids as equivalents, so teams keep theirs.
 */
final class Suppressions {
    private record Scope(SourceRange range, Set<String> ids) {
    }

    private final Set<String> templateWide;
    private final List<Scope> resourceScopes;

    private Suppressions(Set<String> templateWide, List<Scope> resourceScopes) {
        this.templateWide = templateWide;
        this.resourceScopes = resourceScopes;
    }

    static Suppressions of(Template template) {
        Set<String> templateWide = template.rootMapping().flatMap(root -> root.mapping("Metadata"))
                .map(Suppressions::idsIn).orElse(Set.of());
        List<Scope> scopes = new ArrayList<>();
        for (Resource resource : template.resources()) {
            resource.derived(ResourceScope.class, ResourceScope::of).scope().ifPresent(scopes::add);
        }
        return new Suppressions(templateWide, scopes);
    }

    /** What one resource's own Metadata silences, kept with the resource from version to version. */
    private record ResourceScope(Optional<Scope> scope) {
        static ResourceScope of(Resource resource) {
            return new ResourceScope(resource.attribute("Metadata").filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                    .map(Suppressions::idsIn)
                    .filter(ids -> !ids.isEmpty())
                    .map(ids -> new Scope(new SourceRange(resource.key().range().start(),
                            resource.body().map(b -> b.range().end()).orElse(resource.key().range().end())), ids)));
        }
    }

    boolean silences(RuleDescriptor rule, Finding finding) {
        if (templateWide.isEmpty() && resourceScopes.isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>(rule.equivalentIds());
        names.add(rule.id());
        if (names.stream().anyMatch(templateWide::contains)) {
            return true;
        }
        return resourceScopes.stream().anyMatch(scope -> scope.range().contains(finding.range())
                && names.stream().anyMatch(scope.ids()::contains));
    }

    private static Set<String> idsIn(MappingNode metadata) {
        Set<String> ids = new HashSet<>();
        metadata.mapping("cfn-lsp").flatMap(m -> m.get("ignore")).ifPresent(v -> ids.addAll(texts(v)));
        metadata.mapping("cfn-lint").flatMap(m -> m.mapping("config")).flatMap(c -> c.get("ignore_checks"))
                .ifPresent(v -> ids.addAll(texts(v)));
        metadata.mapping("cfn_nag").flatMap(m -> m.get("rules_to_suppress")).ifPresent(v -> ids.addAll(idFields(v)));
        metadata.mapping("checkov").flatMap(m -> m.get("skip")).ifPresent(v -> ids.addAll(idFields(v)));
        metadata.mapping("guard").flatMap(m -> m.get("SuppressedRules")).ifPresent(v -> ids.addAll(texts(v)));
        return ids;
    }

    /** A scalar or a list of scalars. */
    private static List<String> texts(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.value());
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(TemplateNode::scalarText).filter(t -> t != null).toList();
        }
        return List.of();
    }

    /** A list of {@code {id: ..., reason: ...}} entries, as cfn_nag and checkov write them. */
    private static List<String> idFields(TemplateNode node) {
        if (!(node instanceof SequenceNode sequence)) {
            return List.of();
        }
        return sequence.items().stream()
                .map(item -> item instanceof MappingNode entry ? entry.text("id") : Optional.<String>empty())
                .flatMap(Optional::stream)
                .toList();
    }
}
