package dev.cfnlsp.complete;

/** What a completion item names; editors show a different icon for each. */
public enum CompletionKind {
    SECTION, PROPERTY, VALUE, RESOURCE_TYPE, PARAMETER, RESOURCE, PSEUDO_PARAMETER, ATTRIBUTE, CONDITION, MAPPING,
    MAPPING_KEY, RESOURCE_SNIPPET, FUNCTION
}
