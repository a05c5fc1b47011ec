package jp.mynaportal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * 利用者登録変更 (入力): the nickname (required, at most 20 characters as a person counts them), the
 * e-mail address (a new one takes effect only after its confirmation link), and メール通知の希望.
 */
public class AccountChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.nickname.required}")
    @Pattern(regexp = "(?s).*[^\\p{javaWhitespace}\\p{Z}].*", message = "{account.nickname.required}")
    @Pattern(regexp = "[^\\p{Cc}\\p{Cf}]*", message = "{account.nickname.characters}")
    @Characters(max = 20)
    private String nickname;

    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    private boolean loginMail;
    private boolean noticeMail;

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

    public boolean isLoginMail() {
        return loginMail;
    }

    public void setLoginMail(boolean loginMail) {
        this.loginMail = loginMail;
    }

    public boolean isNoticeMail() {
        return noticeMail;
    }

    public void setNoticeMail(boolean noticeMail) {
        this.noticeMail = noticeMail;
    }
}
