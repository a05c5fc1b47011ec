package jp.mynaportal.selfinfo.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The search conditions as the GET parameters carry them ({@code field}, {@code item}, {@code
 * asOf}), checked: a bad date or nothing chosen is an error key by field, and what was typed stays.
 *
 * @param asOfText the 確認対象日 as typed (yyyy-MM-dd), kept for the form
 * @param asOf the parsed date, or null when it is missing or wrong
 */
record SelfInfoConditions(
        Set<String> fields, Set<String> items, String asOfText, LocalDate asOf, Map<String, String> errors) {

    /** The earliest 確認対象日 the portal answers for. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    static SelfInfoConditions of(
            List<String> fields,
            List<String> items,
            String asOfText,
            LocalDate today,
            Predicate<String> knownField,
            Predicate<String> knownItem,
            boolean checkItems) {
        Set<String> chosenFields = new LinkedHashSet<>();
        fields.stream().filter(knownField).limit(64).forEach(chosenFields::add);
        Set<String> chosenItems = new LinkedHashSet<>();
        items.stream().filter(knownItem).limit(64).forEach(chosenItems::add);
        Map<String, String> errors = new LinkedHashMap<>();
        String text = asOfText == null || asOfText.isBlank() ? today.toString() : asOfText.strip();
        LocalDate date = null;
        try {
            date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                errors.put("asOf", "selfinfo.error.asOfFuture");
                date = null;
            } else if (date.isBefore(EARLIEST)) {
                errors.put("asOf", "selfinfo.error.asOfTooEarly");
                date = null;
            }
        } catch (DateTimeParseException e) {
            errors.put("asOf", "selfinfo.error.asOfInvalid");
        }
        if (checkItems && chosenFields.isEmpty()) {
            errors.put("field", "selfinfo.error.noField");
        } else if (checkItems && chosenItems.isEmpty()) {
            errors.put("item", "selfinfo.error.noItem");
        }
        return new SelfInfoConditions(chosenFields, chosenItems, text, date, errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
