package jp.mynaportal.pittari.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jp.mynaportal.pittari.HighlightedText;
import jp.mynaportal.pittari.ProcedureSummary;
import jp.mynaportal.platform.web.Messages;

/**
 * {@code <mp:resultList lines="…" picked="…"/>}: the lines of a result list, each with its box
 * ({@code name="p"}, so that the enclosing GET form names the ticked procedures in its address),
 * the name and 概要 with keyword matches in {@code <mark>}, the badges and the link to its details.
 *
 * <p>One component writes the whole list: a search page shows up to a few hundred lines, and a
 * component tree of a dozen components and expressions per line made the page several times
 * slower than its template (docs/PERFORMANCE.md). All text is escaped by the response writer.
 */
@FacesComponent(
        value = ResultList.COMPONENT_TYPE,
        createTag = true,
        tagName = "resultList",
        namespace = ResultList.NAMESPACE)
public class ResultList extends UIComponentBase {

    static final String COMPONENT_TYPE = "jp.mynaportal.pittari.ResultList";
    static final String NAMESPACE = "https://mynaportal.jp/faces/pittari";
    private static final String DETAIL_PAGE = "/pittari/procedure.xhtml?id=";

    @Override
    public String getFamily() {
        return "jp.mynaportal.pittari";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        List<ResultLine> lines = attribute("lines", List.of());
        Collection<Long> picked = attribute("picked", Set.of());
        String detailAddress = context.getExternalContext().getRequestContextPath() + DETAIL_PAGE;
        Labels labels = new Labels();
        ResponseWriter out = context.getResponseWriter();
        out.startElement("ul", this);
        out.writeAttribute("class", "procedure-list", null);
        for (ResultLine line : lines) {
            writeLine(out, line, picked.contains(line.procedure().id()), detailAddress, labels);
        }
        out.endElement("ul");
    }

    private void writeLine(ResponseWriter out, ResultLine line, boolean ticked, String detailAddress, Labels labels)
            throws IOException {
        ProcedureSummary procedure = line.procedure();
        String id = String.valueOf(procedure.id());
        out.startElement("li", this);
        out.writeAttribute("class", "procedure", null);
        out.writeAttribute("data-procedure-id", id, null);
        out.writeAttribute("data-online", String.valueOf(procedure.online()), null);
        out.writeAttribute("data-signature", String.valueOf(procedure.signatureRequired()), null);

        out.startElement("div", this);
        out.writeAttribute("class", "procedure__pick", null);
        out.startElement("input", this);
        out.writeAttribute("type", "checkbox", null);
        out.writeAttribute("id", "pick-" + id, null);
        out.writeAttribute("name", PittariSearchView.PICK_PARAMETER, null);
        out.writeAttribute("value", id, null);
        out.writeAttribute("class", "procedure__checkbox", null);
        if (ticked) {
            out.writeAttribute("checked", "checked", null);
        }
        out.endElement("input");
        out.startElement("label", this);
        out.writeAttribute("for", "pick-" + id, null);
        out.writeAttribute("class", "procedure__name", null);
        writeLanguage(out, line);
        writeHighlighted(out, line.name());
        out.endElement("label");
        if (line.japaneseOnly()) {
            writeBadge(out, "badge badge--language", labels.japaneseOnly);
        }
        out.endElement("div");

        out.startElement("p", this);
        out.writeAttribute("class", "procedure__summary", null);
        writeLanguage(out, line);
        writeHighlighted(out, line.summary());
        out.endElement("p");

        out.startElement("p", this);
        out.writeAttribute("class", "procedure__meta", null);
        writeBadge(out, "badge", labels.category(procedure));
        if (procedure.online()) {
            writeBadge(out, "badge badge--online", labels.online);
        } else {
            writeBadge(out, "badge badge--offline", labels.offline);
        }
        out.startElement("a", this);
        out.writeAttribute("class", "procedure__detail", null);
        out.writeURIAttribute("href", detailAddress + id, null);
        out.writeText(labels.detail, null);
        out.startElement("span", this);
        out.writeAttribute("class", "visually-hidden", null);
        out.writeText(labels.detailOf + line.shownName(), null);
        out.endElement("span");
        out.endElement("a");
        out.endElement("p");
        out.endElement("li");
    }

    /** Japanese texts on an English page say so, for screen readers and the browser's translation. */
    private static void writeLanguage(ResponseWriter out, ResultLine line) throws IOException {
        if (line.japaneseOnly()) {
            out.writeAttribute("lang", "ja", null);
        }
    }

    private void writeBadge(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("span", this);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    private void writeHighlighted(ResponseWriter out, HighlightedText text) throws IOException {
        for (HighlightedText.Segment segment : text.segments()) {
            if (segment.matched()) {
                out.startElement("mark", this);
                out.writeText(segment.text(), null);
                out.endElement("mark");
            } else {
                out.writeText(segment.text(), null);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T attribute(String name, T absent) {
        Object value = getAttributes().get(name);
        return value == null ? absent : (T) value;
    }

    /** The list's labels in the page's language, looked up once per list. */
    private static final class Labels {
        final String online = Messages.text("pittari.online.yes");
        final String offline = Messages.text("pittari.online.no");
        final String detail = Messages.text("pittari.result.detail");
        final String detailOf = Messages.text("pittari.result.detailOf");
        final String japaneseOnly = Messages.text("pittari.result.japaneseOnly");

        String category(ProcedureSummary procedure) {
            return Messages.text(procedure.category().messageKey());
        }
    }
}
