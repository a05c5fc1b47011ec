package jp.mynaportal.usage;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import jp.mynaportal.usage.model.UsageAction;

/** The kinds of entry the 利用履歴 screen filters by, each a set of recorded actions. */
public enum UsageKind {
    /** ログイン and ログアウト. */
    LOGIN(UsageAction.LOGIN, UsageAction.LOGOUT),
    /** 利用者登録 and PIN resets at a counter. */
    ACCOUNT(
            UsageAction.REGISTRATION,
            UsageAction.ACCOUNT_CHANGED,
            UsageAction.EMAIL_CONFIRMED,
            UsageAction.ACCOUNT_DELETED,
            UsageAction.PIN_RESET),
    /** Applications: 一時保存, signatures, submissions, status changes. */
    APPLICATION(
            UsageAction.APPLICATION_DRAFT_SAVED,
            UsageAction.APPLICATION_SIGNATURE,
            UsageAction.APPLICATION_SUBMITTED,
            UsageAction.APPLICATION_STATUS_CHANGED,
            UsageAction.INSURANCE_REGISTRATION_CONFIRMED),
    /** やりとり履歴: 提供要求, looking at and downloading results, deleting them. */
    EXCHANGE(
            UsageAction.EXCHANGE_REQUESTED,
            UsageAction.EXCHANGE_VIEWED,
            UsageAction.EXCHANGE_DOWNLOADED,
            UsageAction.EXCHANGE_DELETED,
            UsageAction.EXCHANGE_RECORDED),
    /** あなたの情報: looking at, saving and reporting errors in the records agencies hold. */
    SELF_INFORMATION(
            UsageAction.SELF_INFORMATION_VIEWED,
            UsageAction.SELF_INFORMATION_DOWNLOADED,
            UsageAction.SELF_INFORMATION_ERROR_REPORTED),
    /**
     * Staff and agencies looking at or writing to the resident's data, and a staff member's own
     * acts at the counter that concern no single resident (an export of the inbox, a notice to many).
     */
    ACCESS_BY_OTHERS(
            UsageAction.APPLICATION_VIEWED_BY_STAFF,
            UsageAction.INSURANCE_ELIGIBILITY_CHECKED,
            UsageAction.NOTICE_FROM_AGENCY,
            UsageAction.NOTICE_FROM_MUNICIPALITY,
            UsageAction.NOTICE_SENT),
    /** もっとつながる: sites connected and disconnected, and the お知らせ they delivered. */
    EXTERNAL_SITES(
            UsageAction.SITE_CONNECTED,
            UsageAction.SITE_DISCONNECTED,
            UsageAction.SITE_NOTICES_CHANGED,
            UsageAction.NOTICE_FROM_SITE),
    /** 代理人: registrations made, changed, revoked or ended, and a 代理人 starting to act. */
    PROXY(
            UsageAction.PROXY_REGISTERED,
            UsageAction.PROXY_CHANGED,
            UsageAction.PROXY_REVOKED,
            UsageAction.PROXY_ENDED,
            UsageAction.PROXY_ACTING_STARTED);

    private final Set<UsageAction> actions;

    UsageKind(UsageAction first, UsageAction... rest) {
        this.actions = EnumSet.of(first, rest);
    }

    public Set<UsageAction> actions() {
        return actions;
    }

    /** Every action of the given kinds. */
    public static Set<UsageAction> actionsOf(Collection<UsageKind> kinds) {
        Set<UsageAction> all = EnumSet.noneOf(UsageAction.class);
        kinds.forEach(k -> all.addAll(k.actions));
        return all;
    }
}
