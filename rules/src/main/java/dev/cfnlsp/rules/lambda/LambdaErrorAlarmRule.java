package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.logging.ObservabilityFixes;

@RuleInfo(id = "lambda-error-alarm", title = "Lambda function without an alarm on its errors", severity = Severity.WARNING,
        category = Category.OPERATIONS, optIn = true,
        readsTypes = {"AWS::Lambda::Function", "AWS::Serverless::Function", "AWS::CloudWatch::Alarm", "AWS::CloudFormation::Stack", "AWS::Serverless::Application"})
public final class LambdaErrorAlarmRule extends FunctionCompanionRule {

    @Override
    void check(RuleContext context, LambdaFunction function) {
        boolean watched = ErrorAlarm.in(context.template()).stream().anyMatch(alarm -> alarm.watches(function, context.template()));
        if (!watched) {
            context.report(function.resource().key().range(), "No CloudWatch alarm watches the Errors metric of function '"
                    + function.name() + "', so failing invocations go unnoticed until a user or a downstream system"
                    + " complains. Add an AWS::CloudWatch::Alarm with Namespace AWS/Lambda, MetricName Errors and a"
                    + " FunctionName dimension of !Ref " + function.name() + ", and send its AlarmActions to the"
                    + " team that is on call.", addAlarm(context, function));
        }
    }

    /**
     * An alarm on the first failed invocation in a five-minute window (Sum of Errors &gt;= 1): a function is expected
     * not to fail at all, so one error is worth a look, and a team that expects some raises the threshold. Periods
     * without invocations publish no Errors data and count as not breaching. It has no AlarmActions: who is paged is
     * the team's to add.
     */
    private static Fix[] addAlarm(RuleContext context, LambdaFunction function) {
        TemplateEdits edits = ObservabilityFixes.edits(context);
        String id = edits.unusedLogicalId(function.name() + "ErrorAlarm");
        EditValue.Mapping alarm = EditValue.map()
                .put("Type", "AWS::CloudWatch::Alarm")
                .put("Properties", EditValue.map()
                        .put("Namespace", "AWS/Lambda")
                        .put("MetricName", "Errors")
                        .put("Dimensions", EditValue.list(EditValue.map()
                                .put("Name", "FunctionName")
                                .put("Value", EditValue.ref(function.name()))
                                .build()))
                        .put("Statistic", "Sum")
                        .put("Period", EditValue.number(300))
                        .put("EvaluationPeriods", EditValue.number(1))
                        .put("Threshold", EditValue.number(1))
                        .put("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                        .put("TreatMissingData", "notBreaching")
                        .build())
                .build();
        return ObservabilityFixes.insertResource(context, function.resource(), id,
                        ObservabilityFixes.withConditionOf(function.resource(), alarm))
                .map(edit -> new Fix[] {Fix.safe("Add alarm " + id + " on the Errors of " + function.name()
                        + " (1 or more in 5 minutes) after " + function.name(), edit)})
                .orElse(new Fix[0]);
    }
}
