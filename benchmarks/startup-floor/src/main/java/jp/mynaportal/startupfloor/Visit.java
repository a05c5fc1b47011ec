package jp.mynaportal.startupfloor;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One visit of the page: the one table of the floor application. */
@Entity
@SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    private Long id;

    private Instant at;

    protected Visit() {}

    Visit(Instant at) {
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }
}
