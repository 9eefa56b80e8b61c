package dev.cfnlsp.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Everything a {@link ValueSchema} says, held in one piece so that a definition can be filled in after it is referenced. */
record ValueConstraints(
        Set<JsonType> types,
        Map<String, ValueSchema> properties,
        Set<String> required,
        boolean allowsAdditionalProperties,
        Optional<ValueSchema> items,
        List<String> enumValues,
        Optional<String> pattern,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        OptionalInt minLength,
        OptionalInt maxLength,
        OptionalInt minItems,
        OptionalInt maxItems) {

    static final ValueConstraints ANY = new ValueConstraints(Set.of(), Map.of(), Set.of(), true, Optional.empty(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
}
