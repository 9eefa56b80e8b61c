package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One AWS principal of a bucket policy, as far as the template tells which account it is. */
sealed interface Grant {

    /** Whether the principal is, or in some region may be, one of these accounts. */
    boolean mayBeOneOf(Template template, Set<String> accounts);

    /** Whether the principal may be {@code expected} (empty: no account will do) when deployed in {@code region}. */
    boolean mayBe(Template template, String region, Optional<String> expected);

    /** The account of a bare id or a root ARN; {@code ${...}} placeholders never match. */
    static Optional<String> account(String text) {
        Matcher matcher = Written.ACCOUNT.matcher(text.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A principal written out, e.g. {@code arn:aws:iam::127311923021:root}; {@code conditional} inside an Fn::If. */
    record Written(String text, TemplateNode node, boolean conditional) implements Grant {
        private static final Pattern ACCOUNT = Pattern.compile("(?:arn:[A-Za-z0-9?-]+:iam::)?(\\d{12})(?::root)?");

        Optional<String> account() {
            return Grant.account(text);
        }

        @Override
        public boolean mayBeOneOf(Template template, Set<String> accounts) {
            return account().filter(accounts::contains).isPresent();
        }

        @Override
        public boolean mayBe(Template template, String region, Optional<String> expected) {
            return expected.isPresent() && account().equals(expected);
        }
    }

    /** A principal read from a mapping with one row per region. */
    record Mapped(MapLookup lookup) implements Grant {

        /** The literal value in the row of {@code region}. */
        Optional<ScalarNode> row(Template template, String region) {
            return lookup.valueInRow(template, region).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
        }

        /** The account in the row of {@code region}, when the row holds a literal account. */
        Optional<String> account(Template template, String region) {
            return row(template, region).map(ScalarNode::value).flatMap(Grant::account);
        }

        @Override
        public boolean mayBeOneOf(Template template, Set<String> accounts) {
            return lookup.possibleValues(template).stream().map(TemplateNode::scalarText)
                    .anyMatch(text -> text != null && Grant.account(text).filter(accounts::contains).isPresent());
        }

        /** A missing row is region-mapping-coverage's finding; a value we cannot read may be right. */
        @Override
        public boolean mayBe(Template template, String region, Optional<String> expected) {
            return account(template, region).map(account -> expected.equals(Optional.of(account))).orElse(true);
        }
    }
}
