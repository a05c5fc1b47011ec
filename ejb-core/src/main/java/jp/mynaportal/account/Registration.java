package jp.mynaportal.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The 利用者登録 form: terms of use accepted, a nickname of at most 20 characters, an optional e-mail address. */
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @AssertTrue(message = "{account.terms.required}")
    private boolean termsAccepted;

    /** Not only spaces: @NotBlank trims ASCII spaces only, so a nickname of full-width spaces needs this too. */
    @NotBlank(message = "{account.nickname.required}")
    @Pattern(regexp = "(?s).*[^\\p{javaWhitespace}\\p{Z}].*", message = "{account.nickname.required}")
    @Pattern(regexp = "[^\\p{Cc}\\p{Cf}]*", message = "{account.nickname.characters}")
    @Size(max = 20, message = "{account.nickname.tooLong}")
    private String nickname;

    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
