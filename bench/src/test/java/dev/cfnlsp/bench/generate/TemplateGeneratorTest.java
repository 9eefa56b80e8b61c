package dev.cfnlsp.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateGeneratorTest {
    private static final int RESOURCES = 120;

    @ParameterizedTest
    @EnumSource(Format.class)
    void theSameSeedGivesTheSameTemplate(Format format) {
        assertEquals(TemplateGenerator.generate(RESOURCES, 7, format), TemplateGenerator.generate(RESOURCES, 7, format));
        assertNotEquals(TemplateGenerator.generate(RESOURCES, 7, format), TemplateGenerator.generate(RESOURCES, 8, format));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void generatesAWellFormedTemplateWithExactlyTheRequestedResources(Format format) {
        for (int resources : new int[] {1, 4, RESOURCES}) {
            Template template = parse(TemplateGenerator.generate(resources, resources, format), format);
            assertTrue(template.isWellFormed(), () -> template.problems().toString());
            assertTrue(template.isCloudFormation());
            assertEquals(resources, template.resources().size());
        }
    }

    /** Realistic means deployable: warnings are fine, an error would mean the generator writes broken templates. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void theAnalyzerFindsNoErrors(Format format) {
        Template template = parse(TemplateGenerator.generate(RESOURCES, 42, format), format);
        List<Finding> errors = Analyzer.builtIn().analyze(template, AnalysisSettings.DEFAULT).stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void yamlAndJsonDescribeTheSameTemplate() {
        Template yaml = parse(TemplateGenerator.generate(RESOURCES, 3, Format.YAML), Format.YAML);
        Template json = parse(TemplateGenerator.generate(RESOURCES, 3, Format.JSON), Format.JSON);
        assertEquals(names(yaml), names(json));
        assertEquals(yaml.references().size(), json.references().size());
    }

    private static List<String> names(Template template) {
        return template.resources().stream().map(Resource::name).toList();
    }

    private static Template parse(String text, Format format) {
        return new TemplateParser().parse("file:///generated." + format.extension(), text);
    }
}
