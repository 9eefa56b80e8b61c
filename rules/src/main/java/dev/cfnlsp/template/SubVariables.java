package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.List;

/** Finds the {@code ${Name}} and {@code ${Res.Attr}} variables of an Fn::Sub string; {@code ${!Literal}} is text. */
public final class SubVariables {
    private SubVariables() {
    }

    public record Variable(String name, int start) {
    }

    public static List<Variable> in(String template) {
        List<Variable> variables = new ArrayList<>();
        int i = template.indexOf("${");
        while (i >= 0) {
            int end = template.indexOf('}', i + 2);
            if (end < 0) {
                break;
            }
            String name = template.substring(i + 2, end);
            if (!name.startsWith("!") && !name.isBlank()) {
                variables.add(new Variable(name, i + 2));
            }
            i = template.indexOf("${", end + 1);
        }
        return variables;
    }
}
