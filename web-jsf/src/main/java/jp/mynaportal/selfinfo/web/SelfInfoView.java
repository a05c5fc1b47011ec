package jp.mynaportal.selfinfo.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.selfinfo.FieldInfo;
import jp.mynaportal.selfinfo.ItemAnswer;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.SelfInfoAnswer;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;
import jp.mynaportal.selfinfo.SelfInfoQuestion;
import jp.mynaportal.selfinfo.SelfInfoService;
import jp.mynaportal.selfinfo.SeriesPoint;
import jp.mynaportal.selfinfo.ValueText;
import jp.mynaportal.selfinfo.ValueView;

/**
 * あなたの情報 (handbook 3-D) as one page that the GET parameters lead through: the introduction
 * with 「検索条件を表示」 ({@code step=conditions}); 分野, then their 分野詳細 and the 確認対象日
 * ({@code step=items}); the 注意事項 ({@code step=notice}); the results ({@code step=results}),
 * with the search conditions above them until 「閉じる」 ({@code closed=true}). Every step keeps what
 * was chosen; a wrong date or nothing chosen is said beside its field.
 */
@Named
@RequestScoped
public class SelfInfoView {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private SelfInfoCatalogue catalogue;

    @Inject
    private SelfInfoService selfInfo;

    private String step;
    private boolean closed;
    private SelfInfoConditions conditions;
    private SelfInfoAnswer answer;
    private List<FieldInfo> readable;
    private Locale locale;

    @PostConstruct
    void init() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        locale = context.getViewRoot().getLocale();
        Map<String, String[]> parameters = external.getRequestParameterValuesMap();
        Map<String, String> single = external.getRequestParameterMap();
        step = single.getOrDefault("step", "");
        closed = "true".equals(single.get("closed"));
        boolean needsItems = step.equals("notice") || step.equals("results");
        conditions = SelfInfoConditions.of(
                Arrays.asList(parameters.getOrDefault("field", new String[0])),
                Arrays.asList(parameters.getOrDefault("item", new String[0])),
                single.get("asOf"),
                LocalDate.now(JAPAN),
                code -> readableFields().stream().anyMatch(f -> f.code().equals(code)),
                code -> catalogue
                        .item(code)
                        .filter(item ->
                                readableFields().stream().anyMatch(f -> f.code().equals(item.fieldCode())))
                        .isPresent(),
                needsItems);
        if (step.equals("items") && conditions.fields().isEmpty()) {
            conditions.errors().put("field", "selfinfo.error.noField");
        }
        if (needsItems && !conditions.valid()) {
            step = conditions.fields().isEmpty() ? "conditions" : "items";
        }
        if (step.equals("results")) {
            answer = selfInfo.lookUp(
                    new SelfInfoQuestion(List.copyOf(conditions.items()), conditions.asOf()), ClientAddress.current());
        }
    }

    public String getStep() {
        return step;
    }

    public boolean isClosed() {
        return closed;
    }

    /** The 分野 the caller may read (a 代理人: only the granted ones), asked once per request. */
    public List<FieldInfo> getFields() {
        return readableFields();
    }

    private List<FieldInfo> readableFields() {
        if (readable == null) {
            readable = selfInfo.readableFields();
        }
        return readable;
    }

    /** The 分野 chosen, in catalogue order, with their 分野詳細. */
    public List<FieldInfo> getChosenFields() {
        return readableFields().stream()
                .filter(f -> conditions.fields().contains(f.code()))
                .toList();
    }

    public boolean fieldChosen(FieldInfo field) {
        return conditions.fields().contains(field.code());
    }

    public boolean itemChosen(ItemInfo item) {
        return conditions.items().contains(item.code());
    }

    public String getAsOf() {
        return conditions.asOfText();
    }

    public String getAsOfShown() {
        return ValueText.date(conditions.asOf(), locale);
    }

    /** The names of the chosen 分野詳細, for the summary of the conditions. */
    public String getChosenItemNames() {
        List<String> names = new ArrayList<>();
        for (String code : conditions.items()) {
            catalogue.item(code).ifPresent(i -> names.add(i.name(locale)));
        }
        return String.join("、", names);
    }

    public String error(String field) {
        String key = conditions.errors().get(field);
        return key == null ? null : Messages.text(key);
    }

    public SelfInfoAnswer getAnswer() {
        return answer;
    }

    public String name(FieldInfo field) {
        return field.name(locale);
    }

    public String itemName(ItemInfo item) {
        return item.name(locale);
    }

    public String agencyName(ItemAnswer answer) {
        return answer.agency().name(locale);
    }

    public String label(ValueView value) {
        return value.attribute().label(locale);
    }

    public String text(ValueView value) {
        return ValueText.of(value, locale);
    }

    public String date(LocalDate date) {
        return ValueText.date(date, locale);
    }

    /** The last day of a period (the stored end is the first day after it). */
    public String lastDay(LocalDate validTo) {
        return validTo == null ? "" : ValueText.date(validTo.minusDays(1), locale);
    }

    /** The query string of the chosen conditions, for the links of the next steps and the downloads. */
    public String query(String nextStep) {
        StringBuilder query = new StringBuilder("step=").append(nextStep);
        conditions.fields().forEach(f -> query.append("&field=").append(encode(f)));
        conditions.items().forEach(i -> query.append("&item=").append(encode(i)));
        return query.append("&asOf=").append(encode(conditions.asOfText())).toString();
    }

    /** The Chart.js configuration of an answer's series (PrimeFaces p:chart), as JSON. */
    public String chart(ItemAnswer item) {
        String label = item.item()
                .attribute(item.item().chartAttribute())
                .map(a -> a.label(locale) + (a.unit() == null ? "" : "（" + a.unit() + "）"))
                .orElse("");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (SeriesPoint point : item.series()) {
            labels.add(periodLabel(point));
            data.add(point.amount());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", label)
                                                        .add("data", data)
                                                        .add("backgroundColor", "#0017c1"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add("maintainAspectRatio", false))
                .build()
                .toString();
    }

    /** A chart point's label: the year the period starts in (a fiscal year reads best so). */
    public String periodLabel(SeriesPoint point) {
        return locale != null && "en".equals(locale.getLanguage())
                ? String.valueOf(point.validFrom().getYear())
                : point.validFrom().getYear() + "年";
    }

    public String amount(ItemAnswer item, SeriesPoint point) {
        String unit = item.item()
                .attribute(item.item().chartAttribute())
                .map(a -> a.unit() == null ? "" : a.unit())
                .orElse("");
        return ValueText.amount(point.amount()) + unit;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
