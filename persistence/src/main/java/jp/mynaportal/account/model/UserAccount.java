package jp.mynaportal.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import jp.mynaportal.platform.model.UtcInstantConverter;

/** 利用者登録: what a resident told the portal at their first login. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int NICKNAME_MAX = 20;

    @Id
    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @NotBlank
    @Size(max = 2 * NICKNAME_MAX)
    @Column(name = "nickname", length = 2 * NICKNAME_MAX, nullable = false)
    private String nickname;

    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "terms_accepted_at", nullable = false)
    private Instant termsAcceptedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "login_mail", nullable = false)
    private boolean loginMail;

    @Column(name = "notice_mail", nullable = false)
    private boolean noticeMail;

    @Column(name = "mail_language", length = 8, nullable = false)
    private String mailLanguage = "ja";

    protected UserAccount() {}

    /** A registration; the terms of use were accepted at {@code now}. */
    public UserAccount(String residentId, String nickname, String email, Instant now) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.nickname = Objects.requireNonNull(nickname, "nickname");
        this.email = email;
        this.termsAcceptedAt = Objects.requireNonNull(now, "now");
        this.registeredAt = now;
    }

    /**
     * 利用者登録変更: the nickname (at most {@link #NICKNAME_MAX} characters as a person counts
     * them), the two メール通知 choices and the language of the mails. The e-mail address changes
     * only through {@link #confirmEmail}.
     */
    public void change(String newNickname, boolean newLoginMail, boolean newNoticeMail, String newMailLanguage) {
        Objects.requireNonNull(newNickname, "newNickname");
        if (newNickname.isBlank() || newNickname.codePointCount(0, newNickname.length()) > NICKNAME_MAX) {
            throw new IllegalArgumentException("nickname of 1 to 20 characters");
        }
        this.nickname = newNickname;
        this.loginMail = newLoginMail;
        this.noticeMail = newNoticeMail;
        this.mailLanguage = "en".equals(newMailLanguage) ? "en" : "ja";
    }

    /** The new address, after the resident opened the confirmation link sent to it. */
    public void confirmEmail(String newEmail) {
        this.email = Objects.requireNonNull(newEmail, "newEmail");
    }

    /** ログイン通知: a mail at each login. */
    public boolean isLoginMail() {
        return loginMail;
    }

    /** あなたの情報・お知らせ通知: a mail when a notice arrives. */
    public boolean isNoticeMail() {
        return noticeMail;
    }

    /** {@code ja} or {@code en}. */
    public String getMailLanguage() {
        return mailLanguage;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getNickname() {
        return nickname;
    }

    /** The e-mail address, or null when the resident gave none. */
    public String getEmail() {
        return email;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
