package dev.cfnlsp.rules.secrets;

import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.ValueSchema;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values written for secret-holding properties of a resource. The schema says where a property of a
 * password-like name holds free text (a string, or a list of strings) rather than a flag, a length or a choice from
 * a list; the walk follows the schema through nested objects and lists, and through both branches of {@code Fn::If}.
 */
final class SecretProperties {
    /**
     * Names of properties that carry a credential. Broader words (Token, AccessToken, PrivateKey) are left out: the
     * schemas also use them for token lifetimes' units and for file paths.
     */
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|passphrase)s?|authtoken|clientsecret"
            + "|secretaccesskey|secretkey|secrettoken|oauthtoken|repositoryaccesstoken|apikey|apisecretkey|hectoken"
            + "|azureblobsastoken");

    /** One value of a secret property, with the schema of the object that holds the property. */
    record SecretValue(String property, TemplateNode value, ValueSchema holder) {

        /** A boolean sibling such as ManageMasterUserPassword that lets the service own the secret instead. */
        Optional<String> managedAlternative() {
            return holder.properties().entrySet().stream()
                    .filter(p -> p.getKey().startsWith("Manage") && p.getKey().endsWith("Password")
                            && p.getValue().types().contains(JsonType.BOOLEAN))
                    .map(Map.Entry::getKey).findFirst();
        }
    }

    private SecretProperties() {
    }

    static List<SecretValue> in(TemplateNode properties, ResourceSchema schema) {
        List<SecretValue> found = new ArrayList<>();
        walk(properties, schema.properties(), found);
        return found;
    }

    private static void walk(TemplateNode node, ValueSchema schema, List<SecretValue> found) {
        for (TemplateNode value : Alternatives.of(node)) {
            if (value instanceof MappingNode object) {
                for (MappingEntry entry : object.entries()) {
                    ValueSchema property = schema.properties().get(entry.name());
                    if (property == null) {
                        continue;
                    }
                    if (SECRET_NAME.matcher(entry.name()).matches() && holdsText(property)) {
                        texts(entry.value()).forEach(text -> found.add(new SecretValue(entry.name(), text, schema)));
                    } else {
                        walk(entry.value(), property, found);
                    }
                }
            } else if (value instanceof SequenceNode list && schema.items().isPresent()) {
                list.items().forEach(item -> walk(item, schema.items().get(), found));
            }
        }
    }

    private static boolean holdsText(ValueSchema property) {
        if (!property.enumValues().isEmpty()) {
            return false;
        }
        return property.types().contains(JsonType.STRING) || property.types().contains(JsonType.ARRAY)
                && property.items().map(items -> items.types().contains(JsonType.STRING)).orElse(false);
    }

    /** The single values a property may hold: each Fn::If branch, each list item. */
    private static List<TemplateNode> texts(TemplateNode node) {
        List<TemplateNode> texts = new ArrayList<>();
        for (TemplateNode value : Alternatives.of(node)) {
            if (value instanceof SequenceNode list) {
                list.items().forEach(item -> texts.addAll(Alternatives.of(item)));
            } else {
                texts.add(value);
            }
        }
        return texts;
    }
}
