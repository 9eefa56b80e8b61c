package dev.cfnlsp.rules.region;

import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

/**
 * A value met under a resource's Properties or an output's Value: the nearest key above it, the resource (empty for
 * an output), and whether a Condition attribute or an Fn::If branch may leave it out.
 */
record PropertyVisit(TemplateNode node, String key, Optional<Resource> resource, boolean conditional) {
}
