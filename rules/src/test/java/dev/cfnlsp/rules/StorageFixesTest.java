package dev.cfnlsp.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Profile;
import dev.cfnlsp.rule.RuleLevel;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fixes of the storage rules in the cases the fixture harness cannot show: fixes that are only offered
 * (alternatives, or preferred but never applied unasked), and text the fixtures do not contain.
 */
class StorageFixesTest {
    private static final Analyzer ANALYZER = Analyzer.builtIn();
    private static final TemplateParser PARSER = new TemplateParser();
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(List.of("us-east-1"),
            Map.of("s3-kms-encryption", RuleLevel.WARNING), Profile.DEFAULT, Optional.empty(), 32);

    private static List<Finding> findings(String name, String text, String ruleId) {
        Template template = PARSER.parse(name, text);
        return ANALYZER.analyze(template, SETTINGS).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Applies one fix and checks the result parses and no longer has a finding of the rule there. */
    private static String apply(String name, String text, Fix fix) {
        String result = TextEdits.apply(text, fix.edits());
        assertTrue(PARSER.parse(name, result).isWellFormed(), "result parses:\n" + result);
        return result;
    }

    @Test
    void blockingPublicAccessOfAWebsiteBucketIsOnlyOffered() {
        String text = """
                Resources:
                  Site:
                    Type: AWS::S3::Bucket
                    Properties:
                      WebsiteConfiguration:
                        IndexDocument: index.html
                """;
        Finding finding = findings("t.yaml", text, "s3-public-access-block").get(0);
        Fix fix = finding.fixes().get(0);
        assertFalse(fix.safe());
        assertFalse(fix.preferred());
        assertEquals("Add PublicAccessBlockConfiguration to Site with all four flags true (its website stops being public)", fix.title());
    }

    @Test
    void blockingPublicAccessOfABucketWithAPublicPolicyIsOnlyOffered() {
        String text = """
                Resources:
                  Downloads:
                    Type: AWS::S3::Bucket
                    Properties:
                      PublicAccessBlockConfiguration:
                        BlockPublicAcls: true
                        BlockPublicPolicy: false
                        IgnorePublicAcls: true
                        RestrictPublicBuckets: false
                  DownloadsPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Downloads
                      PolicyDocument:
                        Statement:
                          - Effect: Allow
                            Principal: "*"
                            Action: s3:GetObject
                            Resource: !Sub "${Downloads.Arn}/*"
                """;
        List<Finding> found = findings("t.yaml", text, "s3-public-access-block");
        assertEquals(2, found.size());
        for (Finding finding : found) {
            assertFalse(finding.fixes().get(0).safe(), finding.fixes().get(0).title());
            assertTrue(finding.fixes().get(0).title().endsWith("(its bucket policy's public grant stops working)"));
        }
    }

    @Test
    void retainIsPreferredAndSnapshotOfferedWhereCloudFormationCanSnapshot() {
        String text = """
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    DeletionPolicy: Delete
                    UpdateReplacePolicy: Snapshot
                    Properties:
                      Engine: postgres
                      DBInstanceClass: db.t4g.micro
                      AllocatedStorage: "20"
                  Files:
                    Type: AWS::EFS::FileSystem
                    Properties:
                      Encrypted: true
                """;
        List<Finding> found = findings("t.yaml", text, "retain-stateful");
        assertEquals(2, found.size());
        List<String> database = found.get(0).fixes().stream().map(Fix::title).toList();
        assertEquals(List.of("Set DeletionPolicy of Database to Retain", "Set DeletionPolicy of Database to Snapshot"), database);
        assertTrue(found.get(0).fixes().get(0).safe());
        assertFalse(found.get(0).fixes().get(1).preferred());
        assertEquals(text.replace("DeletionPolicy: Delete", "DeletionPolicy: Snapshot"), apply("t.yaml", text, found.get(0).fixes().get(1)));
        assertEquals(List.of("Add DeletionPolicy: Retain and UpdateReplacePolicy: Retain to Files"),
                found.get(1).fixes().stream().map(Fix::title).toList());
    }

    @Test
    void retainStatefulAddsTheMissingPolicyAfterTheOtherOneInAFlowMapping() {
        String text = "Resources:\n  Logs: {Type: AWS::Logs::LogGroup, DeletionPolicy: Retain, Properties: {RetentionInDays: 7}}\n";
        Fix fix = findings("t.yaml", text, "retain-stateful").get(0).fixes().get(0);
        assertEquals("Resources:\n  Logs: {Type: AWS::Logs::LogGroup, DeletionPolicy: Retain, UpdateReplacePolicy: Retain, "
                + "Properties: {RetentionInDays: 7}}\n", apply("t.yaml", text, fix));
    }

    @Test
    void kmsEncryptionUsesTheTemplatesKeyOnlyWhenThereIsExactlyOneUsableKey() {
        String oneKey = """
                Conditions:
                  IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                  Data:
                    Type: AWS::S3::Bucket
                """;
        Fix fix = findings("t.yaml", oneKey, "s3-kms-encryption").get(0).fixes().get(0);
        assertTrue(fix.safe());
        assertEquals(oneKey + """
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault:
                              SSEAlgorithm: aws:kms
                              KMSMasterKeyID: !GetAtt Key.Arn
                            BucketKeyEnabled: true
                """, apply("t.yaml", oneKey, fix));
        String conditionalKey = oneKey.replace("    Type: AWS::KMS::Key\n", "    Type: AWS::KMS::Key\n    Condition: IsProd\n");
        assertEquals("Add BucketEncryption to Data: aws:kms with the AWS managed key aws/s3 and BucketKeyEnabled: true",
                findings("t.yaml", conditionalKey, "s3-kms-encryption").get(0).fixes().get(0).title());
        String twoKeys = oneKey.replace("  Data:\n", "  Other:\n    Type: AWS::KMS::Key\n  Data:\n");
        assertFalse(apply("t.yaml", twoKeys, findings("t.yaml", twoKeys, "s3-kms-encryption").get(0).fixes().get(0))
                .contains("KMSMasterKeyID"));
        String signingKey = oneKey.replace("      EnableKeyRotation: true\n", "      KeySpec: RSA_2048\n      KeyUsage: SIGN_VERIFY\n");
        assertFalse(apply("t.yaml", signingKey, findings("t.yaml", signingKey, "s3-kms-encryption").get(0).fixes().get(0))
                .contains("KMSMasterKeyID"));
    }

    @Test
    void httpsOnlyPolicyFollowsTheBucketsConditionAndFlowStyle() {
        // TemplateEdits quotes the !Sub string, whose braces would otherwise end a plain scalar in a flow collection
        String text = "Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, \"111111111111\"]\n"
                + "Resources: {Data: {Type: AWS::S3::Bucket, Condition: IsProd}}\n";
        Fix fix = findings("t.yaml", text, "s3-https-only").get(0).fixes().get(0);
        String fixed = apply("t.yaml", text, fix);
        assertEquals("Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, \"111111111111\"]\n"
                + "Resources: {Data: {Type: AWS::S3::Bucket, Condition: IsProd}, DataPolicy: {Type: AWS::S3::BucketPolicy, "
                + "Condition: IsProd, Properties: {Bucket: !Ref Data, PolicyDocument: {Version: \"2012-10-17\", Statement: "
                + "[{Sid: DenyInsecureTransport, Effect: Deny, Principal: \"*\", Action: s3:*, Resource: [!GetAtt Data.Arn, "
                + "!Sub \"${Data.Arn}/*\"], Condition: {Bool: {aws:SecureTransport: false}}}]}}}}\n", fixed);
        assertEquals(List.of(), findings("t.yaml", fixed, "s3-https-only"));
    }

    @Test
    void httpsOnlyWritesTheObjectsArnReadablyInALongFormDocument() {
        String text = """
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName:
                        Fn::Sub: data-${AWS::AccountId}
                  DataPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket:
                        Ref: Data
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: "*"
                            Action: s3:*
                            Resource: {Fn::GetAtt: [Data, Arn]}  # the bucket only
                            Condition:
                              Bool:
                                aws:SecureTransport: false
                """;
        Finding partial = findings("t.yaml", text, "s3-https-only").get(0);
        String fixed = apply("t.yaml", text, partial.fixes().get(0));
        assertEquals(text.replace("            Resource: {Fn::GetAtt: [Data, Arn]}  # the bucket only\n", """
                            Resource:
                              - {Fn::GetAtt: [Data, Arn]}  # the bucket only
                              - {Fn::Sub: "${Data.Arn}/*"}
                """), fixed);
        assertEquals(List.of(), findings("t.yaml", fixed, "s3-https-only"));
    }

    @Test
    void httpsOnlyMovesAValueWrittenOverSeveralLinesIntoTheList() {
        String text = """
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                  DataPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Data
                      PolicyDocument:
                        Statement:
                          - Effect: Deny
                            Principal: "*"
                            Action: s3:*
                            Resource: !Sub
                              - ${arn}/*  # objects
                              - arn: !GetAtt Data.Arn
                            Condition:
                              Bool:
                                aws:SecureTransport: false
                """;
        String fixed = apply("t.yaml", text, findings("t.yaml", text, "s3-https-only").get(0).fixes().get(0));
        assertEquals(text.replace("""
                            Resource: !Sub
                              - ${arn}/*  # objects
                              - arn: !GetAtt Data.Arn
                """, """
                            Resource:
                              - !Sub
                                  - ${arn}/*  # objects
                                  - arn: !GetAtt Data.Arn
                              - !GetAtt Data.Arn
                """), fixed);
        assertEquals(List.of(), findings("t.yaml", fixed, "s3-https-only"));
    }

    @Test
    void httpsOnlyWrapsASingleValueOfAFlowStatementInAFlowList() {
        String text = """
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                  DataPolicy:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Ref Data
                      PolicyDocument:
                        Statement:
                          - {Effect: Deny, Principal: "*", Action: "s3:*", Resource: !GetAtt Data.Arn, Condition: {Bool: {aws:SecureTransport: false}}}
                """;
        String fixed = apply("t.yaml", text, findings("t.yaml", text, "s3-https-only").get(0).fixes().get(0));
        assertEquals(text.replace("Resource: !GetAtt Data.Arn,", "Resource: [!GetAtt Data.Arn, !Join [\"\", [!GetAtt Data.Arn, /*]]],"), fixed);
        assertEquals(List.of(), findings("t.yaml", fixed, "s3-https-only"));
    }

    @Test
    void insertionsSkipPastAnAliasAtTheEndOfABlockMapping() {
        String text = """
                Resources:
                  First:
                    Type: AWS::KMS::Key
                    Properties:
                      EnableKeyRotation: true
                      KeyPolicy: &policy
                        Version: "2012-10-17"
                  Second:
                    Type: AWS::KMS::Key
                    Properties:
                      Description: second
                      KeyPolicy: *policy
                """;
        Fix fix = findings("t.yaml", text, "kms-key-rotation").get(0).fixes().get(0);
        assertEquals(text.replace("      Description: second\n", "      Description: second\n      EnableKeyRotation: true\n"),
                apply("t.yaml", text, fix));
        String onlyAlias = text.replace("      Description: second\n", "");
        assertEquals(List.of(), findings("t.yaml", onlyAlias, "kms-key-rotation").get(0).fixes(),
                "no place to insert that is not the anchor's");
    }

    @Test
    void generatedSecretFixesArePreferredButNeverAppliedUnasked() {
        String text = """
                Resources:
                  Secret:
                    Type: AWS::SecretsManager::Secret
                    Properties:
                      GenerateSecretString:
                        PasswordLength: 12
                """;
        Fix fix = findings("t.yaml", text, "secret-password-length").get(0).fixes().get(0);
        assertTrue(fix.preferred());
        assertFalse(fix.safe());
        assertEquals("Set PasswordLength of Secret to 32 (generates a new secret value)", fix.title());
    }

    @Test
    void hardcodedSecretsHaveNoAutomaticFix() {
        String text = """
                Resources:
                  Database:
                    Type: AWS::RDS::DBInstance
                    Properties:
                      MasterUsername: app
                      MasterUserPassword: hunter2hunter2
                """;
        List<Finding> found = findings("t.yaml", text, "hardcoded-secret");
        assertEquals(1, found.size());
        assertEquals(List.of(), found.get(0).fixes());
    }
}
