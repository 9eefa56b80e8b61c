package dev.cfnlsp.rules.elb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture covers several target regions with accounts (the lookup table); these cover the other shapes of the
 * target regions: one region, only regions that use the service principal, and both kinds.
 */
class LogDeliveryAccountFixTest {
    private static final Analyzer ANALYZER = Analyzer.builtIn();
    private static final TemplateParser PARSER = new TemplateParser();
    private static final String POLICY = """
            Resources:
              LogPolicy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: web-access-logs
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal:
                          AWS: 127311923021
                        Action: s3:PutObject
                        Resource: arn:aws:s3:::web-access-logs/*
            """;

    @Test
    void oneTargetRegionGetsItsAccountQuoted() {
        Fix fix = onlyFix(POLICY, "us-west-1");
        assertTrue(fix.safe());
        assertEquals("Replace account 127311923021 with 027434742980 (ELB log delivery in us-west-1) in LogPolicy", fix.title());
        assertEquals(POLICY.replace("AWS: 127311923021", "AWS: \"027434742980\""), apply(POLICY, fix));
    }

    @Test
    void regionsWithoutAnAccountGetTheServicePrincipal() {
        Fix fix = onlyFix(POLICY, "ap-southeast-3", "eu-central-2");
        assertTrue(fix.safe());
        assertEquals(POLICY.replace("AWS: 127311923021", "Service: logdelivery.elasticloadbalancing.amazonaws.com"), apply(POLICY, fix));
    }

    @Test
    void oneAccountAndRegionsWithoutOneGetBoth() {
        Fix fix = onlyFix(POLICY, "us-west-1", "ap-southeast-3");
        assertEquals(POLICY.replace("AWS: 127311923021", "AWS: \"027434742980\"\n              Service: logdelivery.elasticloadbalancing.amazonaws.com"),
                apply(POLICY, fix));
        assertEquals(List.of(), findings(apply(POLICY, fix), "us-west-1", "ap-southeast-3"));
    }

    @Test
    void severalAccountsAndRegionsWithoutOneGetNoFix() {
        List<Finding> findings = findings(POLICY, "us-west-1", "eu-west-1", "ap-southeast-3");
        assertEquals(1, findings.size());
        assertEquals(List.of(), findings.get(0).fixes());
    }

    private static Fix onlyFix(String text, String... regions) {
        List<Finding> findings = findings(text, regions);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(1, findings.get(0).fixes().size());
        return findings.get(0).fixes().get(0);
    }

    private static String apply(String text, Fix fix) {
        return TextEdits.apply(text, fix.edits());
    }

    private static List<Finding> findings(String text, String... regions) {
        return ANALYZER.analyze(PARSER.parse("policy.yaml", text), AnalysisSettings.DEFAULT.withRegions(List.of(regions))).stream()
                .filter(f -> f.ruleId().equals("elb-log-delivery-account"))
                .toList();
    }
}
