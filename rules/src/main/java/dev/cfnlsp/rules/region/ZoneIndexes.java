package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The position, in {@code !GetAZs ''}, that replaces each literal zone of a template's resources. A zone keeps its
 * place among its region's zones (us-east-1b is 1, us-west-1c is 1 because us-west-1 has no b), so in its own region
 * the replacement names the same zone. Distinct literals get distinct positions and the same literal always the same
 * one, taken in the order of the zone letter. A position that some target region does not have (us-east-1f, where
 * a target has three zones) moves to the first position that no other literal and no {@code !Select} of the
 * template picks yet, as long as one is left; the zone then changes in its own region.
 */
record ZoneIndexes(Map<String, Index> indexes) {

    /** {@code samePlace}: in the literal's own region, the position names the literal's zone. */
    record Index(int position, boolean samePlace) {
    }

    static ZoneIndexes of(RuleContext context) {
        SchemaBundle schema = context.schema();
        int fewestZones = context.settings().regions().stream().mapToInt(r -> schema.availabilityZones(r).size()).min().orElse(0);
        List<ZoneLiteral> ordered = context.shared(ZoneLiterals.class, ZoneLiterals::of).zones().stream()
                .filter(ZoneLiteral::inResource)
                .sorted(Comparator.comparing((ZoneLiteral z) -> z.zone().substring(z.region().length())).thenComparing(ZoneLiteral::zone))
                .toList();
        Map<String, Index> indexes = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        List<String> outOfRange = new ArrayList<>();
        for (ZoneLiteral literal : ordered) {
            if (indexes.containsKey(literal.zone())) {
                continue;
            }
            List<String> zones = schema.availabilityZones(literal.region());
            int place = (int) zones.stream().filter(z -> z.compareTo(literal.zone()) < 0).count();
            int index = place;
            while (taken.contains(index)) {
                index++;
            }
            if (index >= fewestZones) {
                outOfRange.add(literal.zone());
                continue;
            }
            taken.add(index);
            indexes.put(literal.zone(), new Index(index, index == place && zones.contains(literal.zone())));
        }
        Set<Integer> selected = selectedPositions(context);
        for (String zone : outOfRange) {
            int index = 0;
            while (taken.contains(index) || selected.contains(index) && index + 1 < fewestZones) {
                index++;
            }
            taken.add(index);
            indexes.put(zone, new Index(index, false));
        }
        return new ZoneIndexes(indexes);
    }

    /** The positions that {@code !Select [N, !GetAZs ...]} calls of the template already pick. */
    private static Set<Integer> selectedPositions(RuleContext context) {
        Set<Integer> positions = new HashSet<>();
        for (TemplateNode node : context.shared(NodeParents.class, c -> NodeParents.of(c.template())).parents().keySet()) {
            if (node instanceof IntrinsicNode call && call.is("Fn::Select") && call.argument() instanceof SequenceNode arguments
                    && arguments.items().size() == 2 && arguments.items().get(1) instanceof IntrinsicNode azs && azs.is("Fn::GetAZs")) {
                Values.integer(Optional.of(arguments.items().get(0))).ifPresent(n -> positions.add(n.intValue()));
            }
        }
        return positions;
    }

    Index indexOf(String zone) {
        return indexes.get(zone);
    }
}
