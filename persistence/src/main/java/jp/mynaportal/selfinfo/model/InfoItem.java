package jp.mynaportal.selfinfo.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A 分野詳細 (e.g. 税・所得) of a 分野, with the schema of its records (its attributes in order),
 * the agency kinds that may send them, and the amount that reads best as a chart over the years.
 */
@Entity
@Table(name = "selfinfo_item")
@NamedQuery(name = InfoItem.FIND_ALL, query = "SELECT i FROM InfoItem i ORDER BY i.position")
public class InfoItem {

    public static final String FIND_ALL = "InfoItem.findAll";

    @Id
    @Column(name = "code", length = 40, nullable = false, updatable = false)
    private String code;

    @Column(name = "field_code", nullable = false, updatable = false)
    private String fieldCode;

    @Column(name = "name_ja", nullable = false, updatable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false, updatable = false)
    private String nameEn;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "provider_kinds", nullable = false, updatable = false)
    private String providerKinds;

    @Column(name = "chart_attribute", updatable = false)
    private String chartAttribute;

    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_code", referencedColumnName = "code", insertable = false, updatable = false)
    @OrderBy("position")
    private List<InfoAttribute> attributes;

    protected InfoItem() {}

    public String getCode() {
        return code;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }

    /** The agency kinds (names of {@code AgencyKind}) that may send records of this item. */
    public Set<String> getProviderKinds() {
        return Arrays.stream(providerKinds.split(",")).map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    /** The attribute shown as a chart over the years, or null. */
    public String getChartAttribute() {
        return chartAttribute;
    }

    public List<InfoAttribute> getAttributes() {
        return List.copyOf(attributes);
    }
}
