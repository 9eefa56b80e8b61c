package dev.cfnlsp.rules.lambda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.TemplateParser;
import org.junit.jupiter.api.Test;

class NamePatternTest {
    private static final Template TEMPLATE = new TemplateParser().parse("names.yaml", """
            Parameters:
              Stage:
                Type: String
            Resources:
              Fn:
                Type: AWS::Lambda::Function
              Other:
                Type: AWS::Lambda::Function
            Outputs:
              SubOfFunction:
                Value: !Sub "/aws/lambda/${Fn}"
              JoinOfFunction:
                Value: !Join ["", ["/aws/lambda/", !Ref Fn]]
              SubOfOther:
                Value: !Sub "/aws/lambda/${Other}"
              StageName:
                Value: !Sub "/aws/lambda/${Stage}-orders"
              LiteralName:
                Value: /aws/lambda/prod-orders
              OtherLiteral:
                Value: /aws/lambda/prod-billing
              MappedName:
                Value: !FindInMap [Names, !Ref Stage, Orders]
            """);

    @Test
    void theSameExpressionWrittenTwoWaysIsTheSameName() {
        assertTrue(output("SubOfFunction").sameAs(output("JoinOfFunction")));
        assertFalse(output("SubOfFunction").sameAs(output("SubOfOther")));
    }

    @Test
    void referencesToDifferentResourcesNeverMatch() {
        assertFalse(output("SubOfFunction").mayEqual(output("SubOfOther"), TEMPLATE));
    }

    @Test
    void parametersAndUnknownPartsMatchAnyText() {
        assertTrue(output("StageName").mayEqual(output("LiteralName"), TEMPLATE));
        assertFalse(output("StageName").mayEqual(output("OtherLiteral"), TEMPLATE));
        assertTrue(output("MappedName").mayEqual(output("OtherLiteral"), TEMPLATE));
        assertFalse(output("MappedName").sameAs(output("MappedName")));
    }

    private static NamePattern output(String name) {
        TemplateNode value = TEMPLATE.rootMapping().flatMap(r -> r.mapping("Outputs")).flatMap(o -> o.mapping(name))
                .flatMap(o -> o.get("Value")).orElseThrow();
        return NamePattern.of(value);
    }
}
