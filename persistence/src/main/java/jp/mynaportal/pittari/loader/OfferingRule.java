package jp.mynaportal.pittari.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, the same way on every run and every database, which templates a municipality offers
 * and whether online: a 64-bit hash of the deciding code, the template id and the aspect gives a
 * number in [0, 1) that is compared with the template's rate scaled by the municipality's size.
 * Rates of 100 (every municipality, e.g. the moving one-stop 転出届) and 0 (counter only) are kept
 * as they are.
 */
public final class OfferingRule {

    private OfferingRule() {}

    /** The procedures one municipality offers, in template order. */
    public static List<Offering> offerings(CatalogueMunicipality municipality, List<TemplateDefinition> templates) {
        List<Offering> offerings = new ArrayList<>();
        for (TemplateDefinition template : templates) {
            offer(municipality, template).ifPresent(offerings::add);
        }
        return offerings;
    }

    /** Whether and how the municipality offers the template. */
    public static Optional<Offering> offer(CatalogueMunicipality municipality, TemplateDefinition template) {
        String code = municipality.decisionCode();
        double factor = municipality.size().factor();
        if (!chosen(template.offerRate(), factor, unit(code, template.id(), "offer"))) {
            return Optional.empty();
        }
        boolean online = chosen(template.onlineRate(), factor, unit(code, template.id(), "online"));
        boolean signature = switch (template.signature()) {
            case REQUIRED -> true;
            case NOT_REQUIRED -> false;
            case VARIES -> unit(code, template.id(), "signature") < 0.5;
        };
        return Optional.of(new Offering(municipality.lgCode(), template.id(), online, signature));
    }

    private static boolean chosen(int ratePercent, double factor, double draw) {
        if (ratePercent >= 100) {
            return true;
        }
        if (ratePercent <= 0) {
            return false;
        }
        return draw < Math.min(1.0, ratePercent * factor / 100.0);
    }

    /** A well-spread number in [0, 1) from the three parts: FNV-1a over UTF-8, then the SplitMix64 finaliser. */
    static double unit(String code, String templateId, String aspect) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (code + '/' + templateId + '/' + aspect).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }
}
