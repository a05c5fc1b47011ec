package jp.mynaportal.card.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 基本4情報: the four facts printed on the card face.
 *
 * @param name 氏名
 * @param address 住所
 * @param birthDate 生年月日
 * @param sex 性別
 */
public record BasicFacts(String name, String address, LocalDate birthDate, Sex sex) {

    public BasicFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }
}
