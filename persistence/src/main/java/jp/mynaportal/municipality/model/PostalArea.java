package jp.mynaportal.municipality.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One line of Japan Post's list: a postal code, the municipality it lies in, and its town. */
@Entity
@Table(name = "postal_area")
@NamedQuery(
        name = PostalArea.COUNT_BY_POSTAL_CODE,
        query = "SELECT COUNT(p) FROM PostalArea p WHERE p.postalCode = :postalCode")
@NamedQuery(
        name = PostalArea.FIND_TOWNS,
        query = "SELECT p.town FROM PostalArea p WHERE p.postalCode = :postalCode AND p.town <> '' ORDER BY p.id")
public class PostalArea implements Serializable {

    public static final String COUNT_BY_POSTAL_CODE = "PostalArea.countByPostalCode";
    public static final String FIND_TOWNS = "PostalArea.findTowns";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private long id;

    @Column(name = "postal_code", length = 7, nullable = false)
    private String postalCode;

    @Column(name = "municipality_code5", length = 5, nullable = false)
    private String municipalityCode5;

    @Column(name = "town", length = 128, nullable = false)
    private String town;

    protected PostalArea() {
        // for JPA
    }

    public PostalArea(long id, String postalCode, String municipalityCode5, String town) {
        this.id = id;
        this.postalCode = Objects.requireNonNull(postalCode, "postalCode");
        this.municipalityCode5 = Objects.requireNonNull(municipalityCode5, "municipalityCode5");
        this.town = Objects.requireNonNull(town, "town");
    }

    public long getId() {
        return id;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getMunicipalityCode5() {
        return municipalityCode5;
    }

    public String getTown() {
        return town;
    }
}
