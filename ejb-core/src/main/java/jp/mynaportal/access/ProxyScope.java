package jp.mynaportal.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a resident can grant a 代理人 (handbook 3-J, the four services): the names the 代理人
 * registrations store and the portal service each one opens. A service asks the {@link
 * AccessPolicy} with its {@link PortalService}; the policy finds the grant here. Nothing else can be
 * granted: applications, 利用者登録, 代理人 settings, もっとつながる and 利用履歴 stay the resident's own.
 */
public enum ProxyScope {
    /** やりとり履歴: reading the exchanges and filing 提供要求. */
    EXCHANGE(PortalService.EXCHANGE, true),
    /** あなたの情報: reading the granted 分野 only (never reporting errors). */
    SELF_INFORMATION(PortalService.SELF_INFORMATION, false),
    /** お知らせ: reading the notices (which marks them read). */
    NOTICES(PortalService.NOTICES, true),
    /**
     * 外部サイトへのお知らせ情報提供: seeing and changing which of the resident's connected sites may
     * provide お知らせ to them (never connecting or disconnecting sites: もっとつながる).
     */
    NOTICE_SHARING(PortalService.NOTICE_SHARING, true);

    private final PortalService service;
    private final boolean writes;

    ProxyScope(PortalService service, boolean writes) {
        this.service = service;
        this.writes = writes;
    }

    /** The portal service the grant opens. */
    public PortalService service() {
        return service;
    }

    /** Whether the grant lets the 代理人 do the operation in its service. */
    public boolean allows(Operation operation) {
        return operation == Operation.READ || writes;
    }

    /** The grant that opens a portal service, if one does. */
    public static Optional<ProxyScope> of(PortalService service) {
        return Arrays.stream(values()).filter(s -> s.service == service).findFirst();
    }
}
