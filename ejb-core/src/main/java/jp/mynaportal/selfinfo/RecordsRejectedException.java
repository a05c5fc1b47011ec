package jp.mynaportal.selfinfo;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A batch was refused as a whole, nothing written: the problems of each refused record. */
@ApplicationException(rollback = true)
public class RecordsRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RecordProblem> problems;

    public RecordsRejectedException(List<RecordProblem> problems) {
        super(problems.size() + " records refused");
        this.problems = List.copyOf(problems);
    }

    public List<RecordProblem> problems() {
        return problems;
    }
}
