package jp.mynaportal.insurance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.insurance.model.Coverage;

/** Which of a resident's coverages holds on a day. */
final class Coverages {

    private Coverages() {}

    /** The coverage that holds on the day (the latest to begin, if records overlap), or empty. */
    static Optional<Coverage> on(List<Coverage> coverages, LocalDate day) {
        return coverages.stream()
                .filter(c -> c.coversOn(day))
                .max(java.util.Comparator.comparing(Coverage::getValidFrom));
    }
}
