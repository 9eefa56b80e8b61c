package dev.cfnlsp.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a value in a resource's properties may be. Combinators are already merged conservatively, so every constraint
 * here holds for every valid value; anything not expressible is left out rather than approximated strictly.
 * Named definitions are shared instances, so the graph of value schemas may have cycles.
 */
public final class ValueSchema {

    static final ValueSchema ANY = new ValueSchema(ValueConstraints.ANY, null);

    /** Set once more only for a definition, while its service file is read and before anyone else can see it. */
    private ValueConstraints constraints;
    /** Null for a value defined in place. */
    private final String definitionName;

    private ValueSchema(ValueConstraints constraints, String definitionName) {
        this.constraints = constraints;
        this.definitionName = definitionName;
    }

    static ValueSchema of(ValueConstraints constraints) {
        return new ValueSchema(constraints, null);
    }

    /** A definition that may be referenced before it is read; it accepts anything until {@link #define} is called. */
    static ValueSchema undefined(String definitionName) {
        return new ValueSchema(ValueConstraints.ANY, definitionName);
    }

    void define(ValueConstraints definition) {
        this.constraints = definition;
    }

    /**
     * The schema definition this value comes from, e.g. {@code ServerSideEncryptionByDefault}, for
     * {@link TypeDocumentation#definitionPropertyDoc}; empty for a value defined in place.
     */
    public Optional<String> definitionName() {
        return Optional.ofNullable(definitionName);
    }

    /** Empty means any type. */
    public Set<JsonType> types() {
        return constraints.types();
    }

    /** In schema order; empty if none are known. */
    public Map<String, ValueSchema> properties() {
        return constraints.properties();
    }

    public Set<String> required() {
        return constraints.required();
    }

    /** False only when the keys of an object value are known to be limited to {@link #properties()}. */
    public boolean allowsAdditionalProperties() {
        return constraints.allowsAdditionalProperties();
    }

    public Optional<ValueSchema> items() {
        return constraints.items();
    }

    /** Allowed values as text (numbers and booleans rendered as text); empty if any value is allowed. */
    public List<String> enumValues() {
        return constraints.enumValues();
    }

    public Optional<String> pattern() {
        return constraints.pattern();
    }

    public Optional<BigDecimal> minimum() {
        return constraints.minimum();
    }

    public Optional<BigDecimal> maximum() {
        return constraints.maximum();
    }

    public OptionalInt minLength() {
        return constraints.minLength();
    }

    public OptionalInt maxLength() {
        return constraints.maxLength();
    }

    public OptionalInt minItems() {
        return constraints.minItems();
    }

    public OptionalInt maxItems() {
        return constraints.maxItems();
    }
}
