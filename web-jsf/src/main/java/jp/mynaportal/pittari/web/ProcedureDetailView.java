package jp.mynaportal.pittari.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureDetail;
import jp.mynaportal.pittari.model.AcceptancePeriod;
import jp.mynaportal.platform.web.LocaleSelection;
import jp.mynaportal.platform.web.Messages;

/** 手続詳細 of one municipality's procedure, at {@code /pittari/procedure.xhtml?id=…}. */
@Named
@RequestScoped
public class ProcedureDetailView {

    @Inject
    private PittariCatalogueService catalogue;

    @Inject
    private LocaleSelection language;

    private Long id;
    private ProcedureDetail detail;

    /** Answers the address: the procedure's details, or a message when no procedure has the id. */
    public void load() {
        Parameters.useLanguage(language.getLocale());
        if (id == null) {
            Messages.error(null, PittariSearchException.Reason.PROCEDURE_UNKNOWN.messageKey());
            return;
        }
        try {
            detail = catalogue.detail(id);
        } catch (PittariSearchException e) {
            Messages.error(null, e.reason().messageKey());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProcedureDetail getDetail() {
        return detail;
    }

    /** 受付期間 in the page's language (「2020年5月1日～2020年8月31日」), or null when it is all year round. */
    public String getAcceptancePeriod() {
        AcceptancePeriod period = detail == null ? null : detail.acceptancePeriod();
        if (period == null) {
            return null;
        }
        DateTimeFormatter day =
                DateTimeFormatter.ofPattern(Messages.text("pittari.detail.acceptance.day"), language.getLocale());
        return (period.from() == null ? "" : day.format(period.from()))
                + Messages.text("pittari.detail.acceptance.to")
                + (period.until() == null ? "" : day.format(period.until()));
    }

    /** Whether the acceptance period has ended (the procedure can no longer be applied for). */
    public boolean isAcceptanceEnded() {
        return detail != null
                && detail.acceptancePeriod() != null
                && detail.acceptancePeriod().endedBefore(LocalDate.now(ZoneId.of("Asia/Tokyo")));
    }
}
