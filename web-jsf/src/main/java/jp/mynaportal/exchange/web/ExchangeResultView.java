package jp.mynaportal.exchange.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangeLine;
import jp.mynaportal.exchange.ExchangeOrder;
import jp.mynaportal.exchange.ExchangeResult;
import jp.mynaportal.exchange.ResultQuery;
import jp.mynaportal.exchange.model.ExchangeOutcome;
import jp.mynaportal.platform.web.ClientAddress;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The result of a finished 提供要求 ({@code ?id=}): the diagram of who asked for what, the filters
 * (照会機関, 提供機関, 特定個人情報名, result), the order and one page of exchanges, all from GET
 * parameters so that a page can be bookmarked and the CSV link carries the same filter. Someone
 * else's or an unfinished request shows "not found".
 */
@Named
@RequestScoped
public class ExchangeResultView {

    /** Configuration: exchanges per page (default 20). */
    static final String PAGE_SIZE = "mynaportal.exchange.page-size";

    private static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    private ExchangeHistoryService exchange;

    private long id;
    private ResultQuery query;
    private ExchangeResult result;

    @PostConstruct
    void init() {
        query = query(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        id = id(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id"));
        if (id > 0) {
            result = exchange.result(id, query, ClientAddress.current()).orElse(null);
        }
    }

    /** The query of the GET parameters; anything unknown reads as "any". */
    static ResultQuery query(Map<String, String> parameters) {
        int size = Math.min(
                ResultQuery.MAX_PAGE_SIZE,
                Math.max(
                        1,
                        ConfigProvider.getConfig()
                                .getOptionalValue(PAGE_SIZE, Integer.class)
                                .orElse(DEFAULT_PAGE_SIZE)));
        return new ResultQuery(
                blankToNull(parameters.get("requester")),
                blankToNull(parameters.get("provider")),
                blankToNull(parameters.get("information")),
                outcome(parameters.get("outcome")),
                order(parameters.get("order")),
                Math.max(0, (int) Math.min(Integer.MAX_VALUE, id(parameters.get("page"))) - 1),
                size);
    }

    /** A positive number of a parameter, or 0. */
    static long id(String value) {
        return value != null && value.matches("[0-9]{1,18}") ? Long.parseLong(value) : 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ExchangeOutcome outcome(String value) {
        for (ExchangeOutcome outcome : ExchangeOutcome.values()) {
            if (outcome.name().equalsIgnoreCase(value)) {
                return outcome;
            }
        }
        return null;
    }

    private static ExchangeOrder order(String value) {
        for (ExchangeOrder order : ExchangeOrder.values()) {
            if (order.name().equalsIgnoreCase(value)) {
                return order;
            }
        }
        return ExchangeOrder.NEWEST;
    }

    public long getId() {
        return id;
    }

    public ResultQuery getQuery() {
        return query;
    }

    public ExchangeResult getResult() {
        return result;
    }

    public List<ExchangeLine> getLines() {
        return result == null ? List.of() : result.lines();
    }

    public List<ExchangeOutcome> getOutcomes() {
        return List.of(ExchangeOutcome.values());
    }

    public List<ExchangeOrder> getOrders() {
        return List.of(ExchangeOrder.values());
    }

    /** The bundle key segment of an outcome or an order. */
    public String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The query string of this filter at page {@code number} (from 1; 0 for none), for the pager and the CSV. */
    public String link(int number) {
        StringBuilder link = new StringBuilder("id=").append(id);
        append(link, "requester", query.requester());
        append(link, "provider", query.provider());
        append(link, "information", query.information());
        append(link, "outcome", query.outcome() == null ? null : key(query.outcome()));
        append(link, "order", key(query.order()));
        if (number > 0) {
            link.append("&page=").append(number);
        }
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
