package jp.mynaportal.pittari.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureDetail;
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
}
