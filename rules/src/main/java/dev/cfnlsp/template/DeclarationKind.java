package dev.cfnlsp.template;

/** The kinds of logical ids a template declares, with the top-level section each lives in. */
public enum DeclarationKind {
    PARAMETER("Parameters"),
    MAPPING("Mappings"),
    CONDITION("Conditions"),
    RESOURCE("Resources"),
    OUTPUT("Outputs");

    private final String section;

    DeclarationKind(String section) {
        this.section = section;
    }

    public String section() {
        return section;
    }

    public String displayName() {
        return name().toLowerCase();
    }
}
