package dev.cfnlsp.rules.region;

import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.Optional;

/**
 * A literal Availability Zone name, e.g. {@code us-west-1b} (region {@code us-west-1}). {@code inResource} is false
 * for zones in Mappings and parameter defaults, which only matter where the template selects them; {@code resource} is
 * the resource whose properties hold it.
 */
record ZoneLiteral(ScalarNode node, String zone, String region, boolean inResource, boolean conditional,
                   Optional<Resource> resource) {
}
