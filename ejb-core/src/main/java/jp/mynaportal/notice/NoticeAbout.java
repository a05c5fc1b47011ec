package jp.mynaportal.notice;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a notice is about: an item of some portal function, named by the function (its package
 * name) and that function's key of the item, e.g. function {@code application} and an
 * application's id.
 */
public record NoticeAbout(String function, String key) implements Serializable {

    public NoticeAbout {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(key, "key");
        if (function.isBlank() || function.length() > 32 || key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("function: 1 to 32 characters, key: 1 to 64 characters");
        }
    }
}
