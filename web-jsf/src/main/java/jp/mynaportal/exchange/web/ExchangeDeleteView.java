package jp.mynaportal.exchange.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.exchange.ExchangeHistoryService;
import jp.mynaportal.platform.web.ClientAddress;

/** 「削除」 of a 提供要求 and its result (the request's id in parameter {@code id}); back to 状況確認. */
@Named
@RequestScoped
public class ExchangeDeleteView {

    @Inject
    private ExchangeHistoryService exchange;

    public String delete() {
        long id = ExchangeResultView.id(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id"));
        boolean deleted = id > 0 && exchange.delete(id, ClientAddress.current());
        return "/exchange/status?faces-redirect=true&deleted=" + deleted;
    }
}
