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
    @Size(max = NICKNAME_MAX)
    @Column(name = "nickname", length = NICKNAME_MAX, nullable = false)
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

    protected UserAccount() {}

    /** A registration; the terms of use were accepted at {@code now}. */
    public UserAccount(String residentId, String nickname, String email, Instant now) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.nickname = Objects.requireNonNull(nickname, "nickname");
        this.email = email;
        this.termsAcceptedAt = Objects.requireNonNull(now, "now");
        this.registeredAt = now;
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
