package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "lambda-error-alarm", title = "Lambda function without an alarm on its errors", severity = Severity.WARNING,
        category = Category.OPERATIONS, optIn = true)
public final class LambdaErrorAlarmRule extends FunctionCompanionRule {

    @Override
    void check(RuleContext context, LambdaFunction function) {
        boolean watched = ErrorAlarm.in(context.template()).stream().anyMatch(alarm -> alarm.watches(function, context.template()));
        if (!watched) {
            context.report(function.resource().key().range(), "No CloudWatch alarm watches the Errors metric of function '"
                    + function.name() + "', so failing invocations go unnoticed until a user or a downstream system"
                    + " complains. Add an AWS::CloudWatch::Alarm with Namespace AWS/Lambda, MetricName Errors and a"
                    + " FunctionName dimension of !Ref " + function.name() + ", and send its AlarmActions to the"
                    + " team that is on call.");
        }
    }
}
