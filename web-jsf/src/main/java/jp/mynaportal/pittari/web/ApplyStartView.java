package jp.mynaportal.pittari.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.web.ApplicationPages;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.pittari.PittariCatalogueService;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.pittari.PittariSearchException;
import jp.mynaportal.pittari.ProcedureDetail;
import jp.mynaportal.platform.web.Messages;

/**
 * After 申請する and 「OK」: the chosen procedures and what comes next, then 「次へすすむ」, which
 * asks for the login when needed and opens the first form (drafts are made for every chosen
 * procedure, so 申請再開 lists the others).
 */
@Named
@ViewScoped
public class ApplyStartView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PittariCatalogueService catalogue;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    private final List<ProcedureDetail> procedures = new ArrayList<>();

    @PostConstruct
    void init() {
        for (String id : Parameters.all("p")) {
            try {
                ProcedureDetail detail = catalogue.detail(Long.parseLong(id));
                if (procedures.stream().noneMatch(p -> p.id() == detail.id())) {
                    procedures.add(detail);
                }
            } catch (NumberFormatException | PittariSearchException e) {
                Messages.error(null, "pittari.apply.error.not_online");
            }
        }
    }

    /** 「次へすすむ」. */
    public void proceed() {
        if (!session.isLoggedIn()) {
            StringBuilder back = new StringBuilder(ApplicationPages.START + "?");
            procedures.forEach(p -> back.append("p=").append(p.id()).append('&'));
            ApplicationPages.redirect(
                    "/auth/login.xhtml?next=" + URLEncoder.encode(back.toString(), StandardCharsets.UTF_8));
            return;
        }
        try {
            List<Long> drafts = applications.start(
                    procedures.stream().map(p -> PittariProcedures.ref(p.id())).toList());
            ApplicationPages.redirect(ApplicationPages.FORM, drafts.get(0));
        } catch (ApplicationException e) {
            Messages.error(null, e.reason().messageKey());
        }
    }

    public List<ProcedureDetail> getProcedures() {
        return procedures;
    }

    /** Whether every chosen procedure can be applied for online. */
    public boolean isPossible() {
        return !procedures.isEmpty() && procedures.stream().allMatch(p -> p.online() && !p.withdrawn());
    }

    public boolean isLoggedIn() {
        return session.isLoggedIn();
    }
}
