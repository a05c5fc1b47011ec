package jp.mynaportal.selfinfo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.mynaportal.selfinfo.AttributeInfo;
import jp.mynaportal.selfinfo.ItemInfo;
import jp.mynaportal.selfinfo.RecordProblem;
import jp.mynaportal.selfinfo.RecordSubmission;
import jp.mynaportal.selfinfo.model.RecordValue;

/**
 * The rules of one submitted record against its 分野詳細's schema: the record id, the period, and
 * each value (required attributes present, no attribute the schema does not know, each value of
 * its type: text of at most 200 characters, whole numbers and yen amounts within ±10^15, decimals
 * with at most 3 places, ISO dates, yes/no). It collects every problem, not only the first.
 */
final class SubmissionCheck {

    static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAX_TEXT = 200;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private final int index;
    private final RecordSubmission submission;
    private final List<RecordProblem> problems = new ArrayList<>();
    private final List<RecordValue> values = new ArrayList<>();
    private LocalDate validFrom;
    private LocalDate validTo;

    SubmissionCheck(int index, RecordSubmission submission) {
        this.index = index;
        this.submission = submission;
    }

    /** Checks the record id and the period (everything that needs no schema). */
    SubmissionCheck checkFrame() {
        if (submission.recordId() == null
                || !RECORD_ID.matcher(submission.recordId()).matches()) {
            problem("recordId", "INVALID", "recordId: 1 to 64 letters, digits or . _ : -");
        }
        validFrom = date("validFrom", submission.validFrom(), true);
        validTo = date("validTo", submission.validTo(), false);
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            problem("validTo", "INVALID", "validTo must be after validFrom");
        }
        return this;
    }

    /** Checks the values against the schema and converts them. */
    SubmissionCheck checkValues(ItemInfo item) {
        for (String name : submission.values().keySet()) {
            if (item.attribute(name).isEmpty()) {
                problem("values." + name, "UNKNOWN_ATTRIBUTE", "not an attribute of " + item.code());
            }
        }
        for (AttributeInfo attribute : item.attributes()) {
            Object raw = submission.values().get(attribute.name());
            if (raw == null) {
                if (attribute.required()) {
                    problem("values." + attribute.name(), "MISSING", "required");
                }
                continue;
            }
            convert(attribute, raw);
        }
        return this;
    }

    private void convert(AttributeInfo attribute, Object raw) {
        String field = "values." + attribute.name();
        switch (attribute.type()) {
            case TEXT -> {
                if (raw instanceof String text && !text.isBlank() && text.length() <= MAX_TEXT) {
                    values.add(RecordValue.text(attribute.name(), text.strip()));
                } else {
                    problem(field, "INVALID", "text of 1 to " + MAX_TEXT + " characters");
                }
            }
            case INTEGER, AMOUNT -> {
                BigDecimal number = number(raw);
                if (number != null
                        && number.stripTrailingZeros().scale() <= 0
                        && number.abs().compareTo(LIMIT) < 0) {
                    values.add(RecordValue.integer(attribute.name(), number.longValueExact()));
                } else {
                    problem(
                            field,
                            "INVALID",
                            attribute.type() == jp.mynaportal.selfinfo.model.AttributeType.AMOUNT
                                    ? "a whole amount of yen"
                                    : "a whole number");
                }
            }
            case DECIMAL -> {
                BigDecimal number = number(raw);
                if (number != null
                        && number.stripTrailingZeros().scale() <= 3
                        && number.abs().compareTo(LIMIT) < 0) {
                    values.add(RecordValue.decimal(attribute.name(), number));
                } else {
                    problem(field, "INVALID", "a number with at most 3 decimals");
                }
            }
            case DATE -> {
                LocalDate date = raw instanceof String text ? date(field, text, true) : null;
                if (date != null) {
                    values.add(RecordValue.date(attribute.name(), date));
                } else if (!(raw instanceof String)) {
                    problem(field, "INVALID", "a date yyyy-MM-dd");
                }
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean yes) {
                    values.add(RecordValue.bool(attribute.name(), yes));
                } else {
                    problem(field, "INVALID", "true or false");
                }
            }
        }
    }

    private static BigDecimal number(Object raw) {
        return raw instanceof BigDecimal number ? number : null;
    }

    private LocalDate date(String field, String text, boolean required) {
        if (text == null) {
            if (required) {
                problem(field, "MISSING", "required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "INVALID", "a date yyyy-MM-dd");
            return null;
        }
    }

    void problem(String field, String code, String message) {
        problems.add(new RecordProblem(index, submission.recordId(), field, code, message));
    }

    List<RecordProblem> problems() {
        return problems;
    }

    List<RecordValue> values() {
        return values;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }
}
