package jp.mynaportal.notice;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A notice written through an API that cannot be sent as written: every problem found, nothing stored. */
@ApplicationException(rollback = true)
public class NoticeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<NoticeProblem> problems;

    public NoticeRefusedException(List<NoticeProblem> problems) {
        super(problems.stream().map(p -> p.field() + ":" + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<NoticeProblem> problems() {
        return problems;
    }

    /** Whether the only problem is a link code (or site subject) the sender does not have. */
    public boolean unknownRecipient() {
        return problems.stream().allMatch(p -> p.code().equals("UNKNOWN_LINK_CODE"));
    }
}
