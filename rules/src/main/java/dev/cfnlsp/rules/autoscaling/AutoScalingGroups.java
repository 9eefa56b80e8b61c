package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.List;

final class AutoScalingGroups {
    static final String TYPE = "AWS::AutoScaling::AutoScalingGroup";

    private AutoScalingGroups() {
    }

    static List<Resource> in(Template template) {
        return template.resources().stream().filter(r -> r.isOfType(TYPE)).toList();
    }
}
