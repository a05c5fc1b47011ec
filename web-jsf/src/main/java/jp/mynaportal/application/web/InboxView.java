package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mynaportal.application.InboxLine;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.auth.web.UserSession;

/** The counter inbox: tabs by status with their counts, the applications of the chosen one. */
@Named
@RequestScoped
public class InboxView {

    /** The statuses the inbox shows, in tab order. */
    public static final List<ApplicationStatus> TABS = List.of(
            ApplicationStatus.RECEIVED,
            ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.RETURNED,
            ApplicationStatus.COMPLETED,
            ApplicationStatus.REJECTED);

    @Inject
    private InboxService inbox;

    @Inject
    private UserSession session;

    private ApplicationStatus status;
    private Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    private List<InboxLine> lines = List.of();

    @PostConstruct
    void init() {
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("status");
        status = status(requested);
        if (status == null) {
            status = ApplicationStatus.RECEIVED;
        }
        counts = inbox.counts();
        lines = inbox.inbox(status);
    }

    /** The inbox status an address names ({@code received}, …), or null. */
    static ApplicationStatus status(String parameter) {
        if (parameter == null) {
            return null;
        }
        for (ApplicationStatus tab : TABS) {
            if (tab.name().toLowerCase(Locale.ROOT).equals(parameter)) {
                return tab;
            }
        }
        return null;
    }

    public List<ApplicationStatus> getTabs() {
        return TABS;
    }

    public String parameter(ApplicationStatus tab) {
        return tab.name().toLowerCase(Locale.ROOT);
    }

    public long count(ApplicationStatus tab) {
        return counts.getOrDefault(tab, 0L);
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public List<InboxLine> getLines() {
        return lines;
    }
}
