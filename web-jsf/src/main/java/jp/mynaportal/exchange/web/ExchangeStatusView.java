package jp.mynaportal.exchange.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.exchange.ExchangeRequestLine;
import jp.mynaportal.platform.web.ClientAddress;

/** 状況確認: the resident's 提供要求, newest first, with their state (受付済, 作成中, 完了, エラー). */
@Named
@RequestScoped
public class ExchangeStatusView {

    @Inject
    private ExchangeHistoryService exchange;

    private List<ExchangeRequestLine> requests = List.of();

    @PostConstruct
    void init() {
        requests = exchange.requests(ClientAddress.current());
    }

    public List<ExchangeRequestLine> getRequests() {
        return requests;
    }

    /** Whether some request is not finished yet (the page then offers to look again). */
    public boolean isPending() {
        return requests.stream().anyMatch(r -> r.completedAt() == null);
    }

    /** The bundle key segment of a state or a failure. */
    public String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
