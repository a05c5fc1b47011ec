package jp.mynaportal.exchange.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangePeriod;
import jp.mynaportal.exchange.ExchangeTerms;
import jp.mynaportal.exchange.InvalidPeriodException;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * 提供要求 (handbook 3-E steps 2–5): the 対象期間 is typed, 「確認」 checks it (a Japanese message beside
 * each wrong field, what was typed kept) and shows it, 「完了」 stores the request, and the page says
 * it was accepted with a way to 状況確認.
 */
@Named
@ViewScoped
public class ExchangeRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The step of the screen. */
    public enum Step {
        INPUT,
        CONFIRM,
        DONE
    }

    @Inject
    private ExchangeHistoryService exchange;

    private ExchangeTerms terms;
    private String from;
    private String to;
    private ExchangePeriod period;
    private Step step = Step.INPUT;

    @PostConstruct
    void init() {
        terms = exchange.terms();
    }

    /** 「確認」. */
    public void confirm() {
        ExchangePeriod.Check check = terms.check(from, to);
        if (!check.valid()) {
            show(check.problems());
            return;
        }
        period = check.period();
        step = Step.CONFIRM;
    }

    /** 「戻る」: back to the input, with what was typed. */
    public void back() {
        step = Step.INPUT;
    }

    /** 「完了」. */
    public void submit() {
        try {
            exchange.request(period, ClientAddress.current());
            step = Step.DONE;
        } catch (InvalidPeriodException e) {
            step = Step.INPUT;
            show(e.problems());
        }
    }

    private void show(Map<String, String> problems) {
        problems.forEach((field, key) -> Messages.error(
                "request:" + field,
                key,
                terms.today().toString(),
                terms.earliest().toString(),
                terms.recordYears()));
    }

    public ExchangeTerms getTerms() {
        return terms;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public ExchangePeriod getPeriod() {
        return period;
    }

    public Step getStep() {
        return step;
    }
}
