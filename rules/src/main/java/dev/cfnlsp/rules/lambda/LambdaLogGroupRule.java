package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.logging.LogGroupRetentionRule;
import dev.cfnlsp.rules.logging.ObservabilityFixes;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "lambda-log-group", title = "Lambda function without a log group that sets retention",
        severity = Severity.WARNING, category = Category.OPERATIONS,
        readsTypes = {"AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::Logs::LogGroup", "AWS::CloudFormation::Stack", "AWS::Serverless::Application", "AWS::CloudFormation::CustomResource", "Custom::*"})
public final class LambdaLogGroupRule extends FunctionCompanionRule {
    private static final NamePattern DEFAULT_PREFIX = NamePattern.literal("/aws/lambda/");
    private static final String CUSTOM_RESOURCE = "AWS::CloudFormation::CustomResource";

    @Override
    void check(RuleContext context, LambdaFunction function) {
        Template template = context.template();
        Optional<TemplateNode> configured = Optional.empty();
        for (TemplateNode config : function.loggingConfigs()) {
            if (!(config instanceof MappingNode mapping)) {
                return;
            }
            configured = configured.or(() -> mapping.get("LogGroup"));
        }
        if (configured.isPresent()) {
            checkConfigured(context, function, configured.get());
            return;
        }
        List<NamePattern> defaultNames = function.names().stream().map(DEFAULT_PREFIX::then).toList();
        List<LogGroupNames.Named> candidates = LogGroupNames.of(context).thatMayBe(defaultNames, template);
        if (candidates.isEmpty()) {
            context.report(function.resource().key().range(), "Function '" + function.name() + "' has no log group in"
                    + " the template, so Lambda creates /aws/lambda/<function name> itself on the first invocation: without"
                    + " retention, kept and billed forever, and left behind when the stack is deleted. Declare an"
                    + " AWS::Logs::LogGroup with LogGroupName !Sub \"/aws/lambda/${" + function.name() + "}\" and"
                    + " RetentionInDays, or point LoggingConfig.LogGroup at one.", addLogGroup(context, function));
        } else {
            reportIfCertainlyWithoutRetention(context, function, candidates, defaultNames);
        }
    }

    private static void checkConfigured(RuleContext context, LambdaFunction function, TemplateNode logGroup) {
        Template template = context.template();
        Optional<Resource> target = Values.target(logGroup).flatMap(template::resource);
        if (target.isPresent()) {
            if (target.get().isOfType(LogGroupRetentionRule.LOG_GROUP) && !hasRetention(target.get())) {
                reportWithoutRetention(context, function, target.get());
            }
            return;
        }
        // A name that matches no group of this template belongs to a group managed elsewhere.
        List<NamePattern> name = List.of(NamePattern.of(logGroup));
        reportIfCertainlyWithoutRetention(context, function, LogGroupNames.of(context).thatMayBe(name, template), name);
    }

    private static void reportIfCertainlyWithoutRetention(RuleContext context, LambdaFunction function,
                                                          List<LogGroupNames.Named> candidates, List<NamePattern> names) {
        if (candidates.stream().map(LogGroupNames.Named::group).anyMatch(LambdaLogGroupRule::hasRetention)) {
            return;
        }
        candidates.stream()
                .filter(group -> names.stream().anyMatch(group.name()::sameAs))
                .findFirst()
                .ifPresent(group -> reportWithoutRetention(context, function, group.group()));
    }

    private static void reportWithoutRetention(RuleContext context, LambdaFunction function, Resource group) {
        context.report(function.resource().key().range(), "Function '" + function.name() + "' logs to log group '"
                + group.name() + "', which sets no RetentionInDays, so the function's logs are kept and billed forever."
                + " Set RetentionInDays on '" + group.name() + "'.",
                LogGroupRetentionRule.addRetention(context, group).stream().toArray(Fix[]::new));
    }

    /**
     * Declares the group Lambda would otherwise create, right after the function. {@code !Ref} of a function is its
     * name, generated or given as FunctionName, so the one {@code !Sub} covers both. A custom resource the function
     * serves is invoked as soon as the function exists, and its first log line would make Lambda create the group
     * before CloudFormation does (whose create then fails as a duplicate); so such resources are made to depend on
     * the new group in the same fix.
     */
    private static Fix[] addLogGroup(RuleContext context, LambdaFunction function) {
        TemplateEdits edits = ObservabilityFixes.edits(context);
        String id = edits.unusedLogicalId(function.name() + "LogGroup");
        ObservabilityFixes.Retention retention = ObservabilityFixes.retention(context.template());
        String name = "/aws/lambda/${" + function.name() + "}";
        Optional<TextEdit> group = ObservabilityFixes.insertResource(context, function.resource(), id,
                ObservabilityFixes.withConditionOf(function.resource(),
                        ObservabilityFixes.logGroup(Optional.of(EditValue.sub(name)), retention)));
        if (group.isEmpty()) {
            return new Fix[0];
        }
        List<TextEdit> all = new ArrayList<>(List.of(group.get()));
        List<String> served = new ArrayList<>();
        for (Resource custom : customResourcesServedBy(context.template(), function)) {
            Optional<TextEdit> dependsOn = ObservabilityFixes.addDependsOn(context, custom, id);
            if (dependsOn.isEmpty()) {
                return new Fix[0];
            }
            all.add(dependsOn.get());
            served.add(custom.name());
        }
        all.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        String title = "Add log group " + id + " (" + name + ", RetentionInDays: " + retention.shown() + ") after "
                + function.name() + (served.isEmpty() ? "" : " and make " + String.join(", ", served) + " depend on it");
        return new Fix[] {Fix.safe(title, ObservabilityFixes.joinInsertions(all).toArray(TextEdit[]::new))};
    }

    private static List<Resource> customResourcesServedBy(Template template, LambdaFunction function) {
        return template.resources().stream()
                .filter(r -> r.type().filter(t -> t.equals(CUSTOM_RESOURCE) || t.startsWith("Custom::")).isPresent())
                .filter(r -> r.property("ServiceToken").flatMap(Values::target).filter(function.name()::equals).isPresent())
                .toList();
    }

    private static boolean hasRetention(Resource group) {
        return !ResourceProperty.of(group, "RetentionInDays").absent();
    }
}
