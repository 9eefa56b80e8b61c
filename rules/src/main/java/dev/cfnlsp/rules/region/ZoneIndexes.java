package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.schema.SchemaBundle;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The position, in {@code !GetAZs ''}, that replaces each literal zone of a template's resources. A zone takes its
 * place among its region's zones (us-east-1b is 1, us-west-1c is 1 because us-west-1 has no b), so in its own
 * region the replacement names the same zone; distinct literals get distinct positions, the same literal always the
 * same one, taken in the order of the zone letter.
 */
record ZoneIndexes(Map<String, Integer> indexes) {

    static ZoneIndexes of(RuleContext context) {
        SchemaBundle schema = context.schema();
        List<ZoneLiteral> literals = context.shared(ZoneLiterals.class, ZoneLiterals::of).zones().stream()
                .filter(ZoneLiteral::inResource).toList();
        List<ZoneLiteral> ordered = literals.stream()
                .sorted(Comparator.comparing((ZoneLiteral z) -> z.zone().substring(z.region().length())).thenComparing(ZoneLiteral::zone))
                .toList();
        Map<String, Integer> indexes = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (ZoneLiteral literal : ordered) {
            if (indexes.containsKey(literal.zone())) {
                continue;
            }
            int index = (int) schema.availabilityZones(literal.region()).stream().filter(z -> z.compareTo(literal.zone()) < 0).count();
            while (taken.contains(index)) {
                index++;
            }
            taken.add(index);
            indexes.put(literal.zone(), index);
        }
        return new ZoneIndexes(indexes);
    }

    int indexOf(String zone) {
        return indexes.get(zone);
    }
}
