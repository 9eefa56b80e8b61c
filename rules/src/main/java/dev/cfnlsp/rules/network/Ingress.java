package dev.cfnlsp.rules.network;

import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import java.util.Optional;

/**
 * One ingress rule: an entry of a group's inline {@code SecurityGroupIngress} or a standalone
 * {@code AWS::EC2::SecurityGroupIngress}. {@code group} is the logical id of the group it opens, when known.
 */
record Ingress(Resource owner, Optional<String> group, MappingNode rule) {
}
