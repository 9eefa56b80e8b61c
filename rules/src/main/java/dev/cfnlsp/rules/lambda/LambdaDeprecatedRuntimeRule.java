package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.logging.ObservabilityFixes;
import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.schema.LambdaRuntime;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Judged against today's date: a runtime is flagged from its deprecation date on, and the message says how far its
 * retirement has gone. A runtime Globals gives several SAM functions is reported once, where Globals sets it.
 */
@RuleInfo(id = "lambda-deprecated-runtime", title = "Lambda runtime past its deprecation date", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true, cfnLint = {"W2531", "E2531", "E2533"}, checkov = "CKV_AWS_363",
        readsTypes = {"AWS::Lambda::Function", "AWS::Serverless::Function"})
public final class LambdaDeprecatedRuntimeRule implements Rule {
    private final Clock clock;

    public LambdaDeprecatedRuntimeRule() {
        this(Clock.systemUTC());
    }

    LambdaDeprecatedRuntimeRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(RuleContext context) {
        LocalDate today = LocalDate.now(clock);
        Set<TemplateNode> runtimes = new LinkedHashSet<>();
        LambdaFunction.in(context.template()).forEach(function -> function.property("Runtime").ifPresent(runtimes::add));
        for (TemplateNode runtime : runtimes) {
            for (TemplateNode alternative : Alternatives.of(runtime)) {
                if (alternative instanceof ScalarNode literal && !literal.isNull()) {
                    context.schema().lambdaRuntime(literal.value()).ifPresent(lifecycle -> problem(lifecycle, today)
                            .ifPresent(problem -> context.report(literal.range(), problem, upgrade(context, literal, lifecycle))));
                }
            }
        }
    }

    private static Optional<String> problem(LambdaRuntime runtime, LocalDate today) {
        Optional<LocalDate> deprecated = runtime.deprecated();
        if (deprecated.isEmpty() || today.isBefore(deprecated.get())) {
            return Optional.empty();
        }
        String upgrade = runtime.successor().map(s -> " Move to " + s + ".").orElse(" Move to a supported runtime.");
        String retired = "Runtime " + runtime.name() + " was deprecated on " + deprecated.get()
                + " and no longer receives security patches";
        if (passed(runtime.updateBlock(), today)) {
            return Optional.of(retired + "; since " + runtime.updateBlock().get() + " Lambda also refuses to update"
                    + " functions that use it, so the next deployment that changes this function fails." + upgrade);
        }
        String updates = runtime.updateBlock().map(d -> ", and from " + d + " existing ones cannot be updated").orElse("");
        if (passed(runtime.createBlock(), today)) {
            return Optional.of(retired + "; since " + runtime.createBlock().get() + " new functions cannot be created"
                    + " with it" + updates + "." + upgrade);
        }
        String creates = runtime.createBlock().map(d -> "; from " + d + " new functions cannot be created with it").orElse("");
        return Optional.of(retired + creates + updates + "." + upgrade);
    }

    /**
     * Offered, never applied unasked: code written for one language version may not run on the next, so the change
     * needs the author's testing.
     */
    private static Fix[] upgrade(RuleContext context, ScalarNode literal, LambdaRuntime runtime) {
        return runtime.successor()
                .map(successor -> new Fix[] {Fix.alternative("Change runtime to " + successor,
                        ObservabilityFixes.edits(context).replaceScalar(literal, successor))})
                .orElse(new Fix[0]);
    }

    private static boolean passed(Optional<LocalDate> date, LocalDate today) {
        return date.filter(d -> !today.isBefore(d)).isPresent();
    }
}
