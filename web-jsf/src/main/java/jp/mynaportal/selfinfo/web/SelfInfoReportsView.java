package jp.mynaportal.selfinfo.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.mynaportal.selfinfo.ErrorReportService;
import jp.mynaportal.selfinfo.ErrorReportView;

/** The resident's error reports with the agency's status and note, newest first. */
@Named
@RequestScoped
public class SelfInfoReportsView {

    @Inject
    private ErrorReportService reports;

    private List<ErrorReportView> list;

    @PostConstruct
    void init() {
        list = reports.myReports();
    }

    public List<ErrorReportView> getReports() {
        return list;
    }

    public String itemName(ErrorReportView report) {
        return report.item().name(locale());
    }

    public String agencyName(ErrorReportView report) {
        return report.agency().name(locale());
    }

    public String attributeName(ErrorReportView report) {
        return report.attribute() == null ? "" : report.attribute().label(locale());
    }

    public String statusKey(ErrorReportView report) {
        return "selfinfo.report.status." + report.status().name().toLowerCase(Locale.ROOT);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
