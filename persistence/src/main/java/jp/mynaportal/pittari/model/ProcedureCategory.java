package jp.mynaportal.pittari.model;

import java.util.Locale;

/** The twelve categories of handbook 3-C, in the order the search screen lists them. */
public enum ProcedureCategory {
    BENEFIT("特別定額給付金"),
    PREGNANCY("妊娠・出産"),
    CHILDCARE("子育て"),
    EDUCATION("教育"),
    EMPLOYMENT("就職・退職"),
    ELDERLY_CARE("高齢者・介護"),
    BEREAVEMENT("ご不幸"),
    FAMILY_REGISTER("戸籍・住民票・印鑑登録等"),
    WASTE_ENVIRONMENT("ごみ・環境保全"),
    DISABILITY("障がい者支援"),
    HEALTH("健康・医療"),
    CULTURE_SPORTS("文化・スポーツ・生涯学習");

    private final String label;

    ProcedureCategory(String label) {
        this.label = label;
    }

    /** The Japanese name as the handbook prints it. */
    public String label() {
        return label;
    }

    /** The message-bundle key of the category's name: {@code pittari.category.childcare}. */
    public String messageKey() {
        return "pittari.category." + name().toLowerCase(Locale.ROOT);
    }
}
