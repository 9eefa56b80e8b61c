package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(id = "circular-dependency", title = "Resources that depend on each other in a cycle", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E3004",
        readsTypes = {}, readsReferences = true)
public final class CircularDependencyRule implements Rule {
    private static final Set<ReferenceKind> DEPENDENCIES = Set.of(ReferenceKind.REF, ReferenceKind.GET_ATT,
            ReferenceKind.SUB, ReferenceKind.DEPENDS_ON);

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        Map<String, Set<String>> edges = dependencyGraph(template);
        for (List<String> cycle : new StronglyConnected(edges).cycles()) {
            String path = String.join(" -> ", cycle) + " -> " + cycle.get(0);
            for (String name : cycle) {
                Resource resource = template.resource(name).orElseThrow();
                context.report(resource.key().range(), "Circular dependency: " + path
                        + ". CloudFormation cannot decide which to create first; break the cycle, e.g. with a separate attachment resource.");
            }
        }
    }

    private static Map<String, Set<String>> dependencyGraph(Template template) {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        template.declarations(DeclarationKind.RESOURCE).keySet().forEach(name -> edges.put(name, new LinkedHashSet<>()));
        for (Reference reference : template.references()) {
            if (DEPENDENCIES.contains(reference.kind()) && reference.from().isPresent()
                    && reference.from().get().kind() == DeclarationKind.RESOURCE && edges.containsKey(reference.target())) {
                edges.get(reference.from().get().name()).add(reference.target());
            }
        }
        return edges;
    }

    /** Tarjan's algorithm; yields the strongly connected components that form cycles (self-loops included). */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, Integer> lowLink = new LinkedHashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final Set<String> onStack = new LinkedHashSet<>();
        private final List<List<String>> cycles = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<List<String>> cycles() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return cycles;
        }

        private void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.add(node);
            onStack.add(node);
            for (String next : edges.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    onStack.remove(member);
                    component.add(0, member);
                } while (!member.equals(node));
                if (component.size() > 1 || edges.get(node).contains(node)) {
                    cycles.add(component);
                }
            }
        }
    }
}
