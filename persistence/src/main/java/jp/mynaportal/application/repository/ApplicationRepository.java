package jp.mynaportal.application.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynaportal.application.model.Application;
import jp.mynaportal.application.model.ApplicationEvent;
import jp.mynaportal.application.model.ApplicationStatus;
import jp.mynaportal.application.model.Attachment;
import jp.mynaportal.application.model.AttachmentInfo;

/** Stored applications, their attachments and status history. Callers check who may see what. */
public interface ApplicationRepository {

    void add(Application application);

    Optional<Application> findById(long id);

    /**
     * The application with a database write lock held until the transaction ends, so that two
     * submissions of the same draft run one after the other.
     */
    Optional<Application> lockById(long id);

    /** A resident's applications in the given statuses, latest change first. */
    List<Application> findByResident(String residentId, Collection<ApplicationStatus> statuses);

    /** The resident's newest unexpired draft for a procedure. */
    Optional<Application> findOpenDraft(String residentId, String procedureFunction, String procedureKey, Instant now);

    /** The applications addressed to some municipalities in some statuses, newest submission first. */
    List<Application> findInbox(
            Collection<String> lgCodes,
            Collection<ApplicationStatus> statuses,
            Collection<String> decidedElsewhere,
            int limit);

    /** How many submitted applications each status holds for some municipalities. */
    Map<ApplicationStatus, Long> countInbox(Collection<String> lgCodes, Collection<String> decidedElsewhere);

    /** Deletes drafts (and their attachments) that expired by {@code now}; returns how many. */
    int deleteExpiredDrafts(Instant now);

    List<AttachmentInfo> attachments(long applicationId);

    Optional<Attachment> findAttachment(long applicationId, String fieldKey);

    void addAttachment(Attachment attachment);

    void removeAttachment(Attachment attachment);

    void addEvent(ApplicationEvent event);

    List<ApplicationEvent> events(long applicationId);
}
