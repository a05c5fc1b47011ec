package jp.mynaportal.proxy.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mynaportal.access.ProxyScope;
import jp.mynaportal.platform.web.Messages;
import jp.mynaportal.proxy.InvalidProxyGrantException;
import jp.mynaportal.proxy.NoSuchRegistrationException;
import jp.mynaportal.proxy.ProxyChange;
import jp.mynaportal.proxy.ProxyGrant;
import jp.mynaportal.proxy.ProxyRegistrationView;
import jp.mynaportal.proxy.ProxyService;
import jp.mynaportal.selfinfo.FieldInfo;
import jp.mynaportal.selfinfo.SelfInfoCatalogue;

/**
 * 「代理人を登録・変更します」: the services, the あなたの情報 分野 and the period the resident grants;
 * 「次へ」 starts the registration (or, with {@code ?change=}, changes one: a narrower grant at once,
 * a wider one through the 代理人's card) and leads to the card steps. Problems stand beside their
 * fields and what was typed stays.
 */
@Named
@ViewScoped
public class ProxyRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "grant:";

    @Inject
    private ProxyService proxies;

    @Inject
    private SelfInfoCatalogue catalogue;

    private List<String> scopes = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private String from;
    private String to;
    private Long changeId;
    private boolean found = true;
    private int maxDays;

    @PostConstruct
    void init() {
        maxDays = proxies.maxPeriodDays();
        String change = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("change");
        if (change == null) {
            from = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
            return;
        }
        try {
            long id = Long.parseLong(change);
            ProxyRegistrationView registration = proxies.registrations().stream()
                    .filter(r -> r.id() == id && r.asResident() && "ACTIVE".equals(r.state()))
                    .findFirst()
                    .orElse(null);
            if (registration == null) {
                found = false;
                return;
            }
            changeId = id;
            registration.scopes().stream().sorted().forEach(s -> scopes.add(s.name()));
            fields.addAll(registration.fields());
            from = registration.from().toString();
            to = registration.to().toString();
        } catch (NumberFormatException e) {
            found = false;
        }
    }

    /** 「次へ」. */
    public void next() {
        LocalDate start = date(from, "from");
        LocalDate end = date(to, "to");
        if (start == null || end == null) {
            return;
        }
        Set<ProxyScope> granted = EnumSet.noneOf(ProxyScope.class);
        scopes.forEach(s -> granted.add(ProxyScope.valueOf(s)));
        ProxyGrant grant = new ProxyGrant(granted, new HashSet<>(fields), start, end);
        try {
            if (changeId == null) {
                long pending = proxies.start(grant);
                ProxyScreens.redirect("/proxy/confirm.xhtml?id=" + pending);
                return;
            }
            ProxyChange change = proxies.change(changeId, grant, ProxyScreens.terminal());
            ProxyScreens.redirect(
                    change.applied()
                            ? ProxyScreens.LIST + "?changed=true"
                            : "/proxy/confirm.xhtml?id=" + change.pendingId());
        } catch (InvalidProxyGrantException e) {
            e.problems().forEach((field, key) -> Messages.error(FORM + field, key, e.maxDays()));
        } catch (NoSuchRegistrationException e) {
            Messages.error(null, "proxy.error.gone");
        }
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            Messages.error(FORM + field, "proxy.error." + field + ".missing");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            Messages.error(FORM + field, "proxy.error.date");
            return null;
        }
    }

    public List<ProxyScope> getScopeOptions() {
        return List.of(ProxyScope.values());
    }

    public List<FieldInfo> getFieldOptions() {
        return catalogue.fields();
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
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

    public boolean isChanging() {
        return changeId != null;
    }

    public boolean isFound() {
        return found;
    }

    public int getMaxDays() {
        return maxDays;
    }
}
