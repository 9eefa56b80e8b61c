package dev.cfnlsp.rules.region;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.network.ValueEdits;
import dev.cfnlsp.template.Resource;
import java.util.List;
import java.util.Optional;

/** The fix of both zone rules: the literal becomes {@code !Select [N, !GetAZs '']}, N from {@link ZoneIndexes}. */
final class ZoneFixes {
    private ZoneFixes() {
    }

    /** Empty for zones outside resources (Mappings and parameters take no functions) and for function arguments. */
    static Optional<Fix> of(RuleContext context, ZoneLiteral zone, boolean safe) {
        if (!zone.inResource() || !context.shared(NodeParents.class, c -> NodeParents.of(c.template())).acceptsFunction(zone.node())) {
            return Optional.empty();
        }
        ZoneIndexes.Index place = index(context, zone);
        int index = place.position();
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        EditValue select = new EditValue.Intrinsic("Fn::Select",
                EditValue.list(EditValue.number(index), new EditValue.Intrinsic("Fn::GetAZs", EditValue.text(""))));
        String title = "Replace " + zone.zone() + zone.resource().map(Resource::name).map(name -> " in " + name).orElse("")
                + " with !Select [" + index + ", !GetAZs '']" + (!context.settings().regions().contains(zone.region())
                || !context.schema().availabilityZones(zone.region()).contains(zone.zone()) ? ""
                : place.samePlace() ? " (the same zone in " + zone.region() + ")"
                : " (a different zone in " + zone.region() + ": replaces the resource there)");
        return Optional.of(new Fix(title, List.of(ValueEdits.replace(context.template(), edits, zone.node(), select)), true, safe));
    }

    static ZoneIndexes.Index index(RuleContext context, ZoneLiteral zone) {
        return context.shared(ZoneIndexes.class, ZoneIndexes::of).indexOf(zone.zone());
    }
}
