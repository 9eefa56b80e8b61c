package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walks a template once and records every Ref, GetAtt, Sub variable, DependsOn, Condition and FindInMap. */
final class ReferenceCollector {
    private final String text;
    private final LineIndex lines;
    private List<Reference> references = new ArrayList<>();

    private ReferenceCollector(String text, LineIndex lines) {
        this.text = text;
        this.lines = lines;
    }

    static References collect(MappingNode root, List<Declaration> declarations, String text, LineIndex lines,
                              References earlier) {
        ReferenceCollector collector = new ReferenceCollector(text, lines);
        References.Builder collected = new References.Builder(declarations.size());
        for (Declaration declaration : declarations) {
            Optional<List<Reference>> unchanged = earlier.of(declaration);
            if (unchanged.isPresent()) {
                collected.add(declaration, unchanged.get());
            } else {
                collector.references = new ArrayList<>();
                collector.declaration(declaration);
                collected.add(declaration, Collections.unmodifiableList(collector.references));
            }
        }
        collector.references = new ArrayList<>();
        for (MappingEntry section : root.entries()) {
            if (!isDeclarationSection(section.name())) {
                collector.walk(section.value(), Optional.empty());
            }
        }
        collected.addUndeclared(collector.references);
        return collected.build();
    }

    private static boolean isDeclarationSection(String name) {
        for (DeclarationKind kind : DeclarationKind.values()) {
            if (kind.section().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void declaration(Declaration declaration) {
        Optional<Declaration> from = Optional.of(declaration);
        switch (declaration.kind()) {
            case MAPPING -> { }
            case RESOURCE, OUTPUT -> {
                if (declaration.body() instanceof MappingNode body) {
                    for (MappingEntry entry : body.entries()) {
                        switch (entry.name()) {
                            case "DependsOn" -> dependsOn(entry.value(), from);
                            case "Condition" -> conditionName(entry.value(), from);
                            default -> walk(entry.value(), from);
                        }
                    }
                }
            }
            default -> walk(declaration.body(), from);
        }
    }

    private void dependsOn(TemplateNode value, Optional<Declaration> from) {
        if (value instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> dependsOn(item, from));
        } else if (value instanceof ScalarNode scalar) {
            add(ReferenceKind.DEPENDS_ON, scalar, from);
        }
    }

    private void conditionName(TemplateNode value, Optional<Declaration> from) {
        if (value instanceof ScalarNode scalar) {
            add(ReferenceKind.CONDITION, scalar, from);
        }
    }

    /** {@code {"Condition": "Name"}} as an operand of a condition function names another condition. */
    private void conditionOperand(TemplateNode operand, Optional<Declaration> from) {
        if (operand instanceof MappingNode mapping && mapping.entries().size() == 1
                && mapping.entries().get(0).name().equals(Intrinsics.CONDITION)) {
            conditionName(mapping.entries().get(0).value(), from);
        } else {
            walk(operand, from);
        }
    }

    private void walk(TemplateNode node, Optional<Declaration> from) {
        if (node instanceof MappingNode mapping) {
            mapping.entries().forEach(e -> walk(e.value(), from));
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> walk(item, from));
        } else if (node instanceof IntrinsicNode intrinsic) {
            intrinsic(intrinsic, from);
        }
    }

    private void intrinsic(IntrinsicNode intrinsic, Optional<Declaration> from) {
        TemplateNode argument = intrinsic.argument();
        switch (intrinsic.function()) {
            case Intrinsics.REF -> {
                if (argument instanceof ScalarNode scalar) {
                    add(ReferenceKind.REF, scalar, from);
                } else {
                    walk(argument, from);
                }
            }
            case Intrinsics.CONDITION -> conditionName(argument, from);
            case "Fn::And", "Fn::Or", "Fn::Not" -> {
                if (argument instanceof SequenceNode operands) {
                    operands.items().forEach(operand -> conditionOperand(operand, from));
                } else {
                    walk(argument, from);
                }
            }
            case Intrinsics.GET_ATT -> getAtt(argument, from);
            case Intrinsics.SUB -> sub(argument, from);
            case Intrinsics.IF -> {
                if (argument instanceof SequenceNode sequence && !sequence.items().isEmpty()) {
                    conditionName(sequence.items().get(0), from);
                    sequence.items().stream().skip(1).forEach(item -> walk(item, from));
                } else {
                    walk(argument, from);
                }
            }
            case Intrinsics.FIND_IN_MAP -> {
                if (argument instanceof SequenceNode sequence && !sequence.items().isEmpty()
                        && sequence.items().get(0) instanceof ScalarNode mapName) {
                    add(ReferenceKind.FIND_IN_MAP, mapName, from);
                    sequence.items().stream().skip(1).forEach(item -> walk(item, from));
                } else {
                    walk(argument, from);
                }
            }
            default -> walk(argument, from);
        }
    }

    private void getAtt(TemplateNode argument, Optional<Declaration> from) {
        if (argument instanceof ScalarNode scalar) {
            int dot = scalar.value().indexOf('.');
            if (dot < 0) {
                add(ReferenceKind.GET_ATT, scalar, from);
                return;
            }
            String resource = scalar.value().substring(0, dot);
            String attribute = scalar.value().substring(dot + 1);
            references.add(new Reference(ReferenceKind.GET_ATT, resource, span(scalar, 0, dot),
                    Optional.of(attribute), Optional.of(span(scalar, dot + 1, scalar.value().length())), from));
        } else if (argument instanceof SequenceNode sequence && !sequence.items().isEmpty()
                && sequence.items().get(0) instanceof ScalarNode resource) {
            Optional<ScalarNode> attribute = sequence.items().size() > 1 && sequence.items().get(1) instanceof ScalarNode a
                    ? Optional.of(a) : Optional.empty();
            references.add(new Reference(ReferenceKind.GET_ATT, resource.value(), span(resource, 0, resource.value().length()),
                    attribute.map(ScalarNode::value), attribute.map(a -> span(a, 0, a.value().length())), from));
            sequence.items().stream().skip(1).forEach(item -> walk(item, from));
        } else {
            walk(argument, from);
        }
    }

    private void sub(TemplateNode argument, Optional<Declaration> from) {
        if (argument instanceof ScalarNode scalar) {
            subString(scalar, from, Set.of());
        } else if (argument instanceof SequenceNode sequence && !sequence.items().isEmpty()) {
            Set<String> locals = new HashSet<>();
            if (sequence.items().size() > 1 && sequence.items().get(1) instanceof MappingNode variables) {
                variables.entries().forEach(e -> locals.add(e.name()));
                walk(variables, from);
            }
            if (sequence.items().get(0) instanceof ScalarNode scalar) {
                subString(scalar, from, locals);
            } else {
                walk(sequence.items().get(0), from);
            }
        } else {
            walk(argument, from);
        }
    }

    private void subString(ScalarNode scalar, Optional<Declaration> from, Set<String> locals) {
        int searchFrom = lines.offsetAt(scalar.range().start());
        int rawEnd = lines.offsetAt(scalar.range().end());
        for (SubVariables.Variable variable : SubVariables.in(scalar.value())) {
            if (locals.contains(variable.name())) {
                continue;
            }
            int at = text.indexOf("${" + variable.name() + "}", searchFrom);
            boolean found = at >= 0 && at < rawEnd;
            SourceRange nameRange = found ? lines.rangeOf(at + 2, at + 2 + variable.name().length()) : scalar.range();
            if (found) {
                searchFrom = at + 2;
            }
            int dot = variable.name().indexOf('.');
            if (dot < 0 || PseudoParameters.isPseudo(variable.name())) {
                references.add(new Reference(ReferenceKind.SUB, variable.name(), nameRange, Optional.empty(), Optional.empty(), from));
            } else {
                boolean precise = !nameRange.equals(scalar.range());
                SourceRange targetRange = precise ? shrink(nameRange, 0, dot) : nameRange;
                SourceRange attributeRange = precise ? shrink(nameRange, dot + 1, variable.name().length()) : nameRange;
                references.add(new Reference(ReferenceKind.SUB, variable.name().substring(0, dot), targetRange,
                        Optional.of(variable.name().substring(dot + 1)), Optional.of(attributeRange), from));
            }
        }
    }

    /** The part [start, end) of a single-line range. */
    private static SourceRange shrink(SourceRange range, int start, int end) {
        SourcePosition origin = range.start();
        return SourceRange.of(origin.line(), origin.character() + start, origin.line(), origin.character() + end);
    }

    private SourceRange span(ScalarNode scalar, int start, int end) {
        return ScalarSpans.of(text, lines, scalar, start, end);
    }

    /** A reference written as a whole scalar; its range covers the name without quotes. */
    private void add(ReferenceKind kind, ScalarNode scalar, Optional<Declaration> from) {
        SourceRange name = span(scalar, 0, scalar.value().length());
        references.add(new Reference(kind, scalar.value(), name, Optional.empty(), Optional.empty(), from));
    }
}
