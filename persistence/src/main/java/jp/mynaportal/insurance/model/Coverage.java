package jp.mynaportal.insurance.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * That a resident is insured by an insurer from one day until another (open while it lasts), with
 * the 記号・番号 of their insurance. An insurer change ends one coverage and begins the next.
 */
@Entity
@Table(name = "insurance_coverage")
@NamedQuery(
        name = Coverage.FIND_BY_RESIDENT,
        query = "SELECT c FROM Coverage c WHERE c.residentId = :residentId ORDER BY c.validFrom DESC, c.id DESC")
public class Coverage {

    public static final String FIND_BY_RESIDENT = "Coverage.findByResident";

    @Id
    @SequenceGenerator(name = "insurance_coverage_seq", sequenceName = "insurance_coverage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insurance_coverage_seq")
    @Column(name = "id", nullable = false, updatable = false)
    private Long id;

    @Column(name = "resident_id", length = 36, nullable = false, updatable = false)
    private String residentId;

    @Column(name = "insurer_number", length = 8, nullable = false, updatable = false)
    private String insurerNumber;

    @Column(name = "card_symbol", length = 20, nullable = false, updatable = false)
    private String cardSymbol;

    @Column(name = "card_number", length = 20, nullable = false, updatable = false)
    private String cardNumber;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Coverage() {}

    public Coverage(
            String residentId, String insurerNumber, String cardSymbol, String cardNumber, LocalDate validFrom) {
        this.residentId = Objects.requireNonNull(residentId, "residentId");
        this.insurerNumber = Objects.requireNonNull(insurerNumber, "insurerNumber");
        this.cardSymbol = Objects.requireNonNull(cardSymbol, "cardSymbol");
        this.cardNumber = Objects.requireNonNull(cardNumber, "cardNumber");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
    }

    /** Whether the resident is insured by this coverage on the day. */
    public boolean coversOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** The insurance ends with this day (資格喪失 the next day). */
    public void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("A coverage cannot end before it begins");
        }
        this.validUntil = lastDay;
    }

    public Long getId() {
        return id;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getInsurerNumber() {
        return insurerNumber;
    }

    public String getCardSymbol() {
        return cardSymbol;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
