package dev.cfnlsp.server;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import java.util.List;

/** The model and findings of one document version; every feature reads this instead of re-parsing. */
record Analysis(int version, Template template, List<Finding> findings) {
}
