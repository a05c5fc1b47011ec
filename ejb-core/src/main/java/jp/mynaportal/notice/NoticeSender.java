package jp.mynaportal.notice;

import java.util.List;
import jp.mynaportal.access.PortalService;
import jp.mynaportal.access.Subject;
import jp.mynaportal.notice.model.NoticeKind;

/**
 * Sends お知らせ for the portal's services, in the transaction of the action they are about. Not
 * for views ({@code ArchitectureTest} refuses it). The actor who caused a notice is the caller the
 * container knows, never a parameter; the resident it is for comes from the data the service acts
 * on, and the access policy decides whether the caller may write to that resident in the service.
 */
public interface NoticeSender {

    /**
     * A notice to {@code subject} (e.g. the owner of the application staff just decided, with the
     * municipality it is addressed to), caused by the caller.
     *
     * @param service the portal service the caller acts in (e.g. the counter inbox)
     * @param about what it is about, or null
     * @throws jp.mynaportal.access.AccessDeniedException if the access policy does not let the caller
     *     write the subject's data in {@code service}
     */
    void send(Subject subject, PortalService service, NoticeKind kind, List<String> parameters, NoticeAbout about);

    /**
     * A notice to the holder of a card about an act they proved with that card while no caller is
     * logged in (a self-service reset of the login password): the resident, named by the card's
     * certificate, is the subject and the actor.
     */
    void sendToHolder(String residentId, NoticeKind kind, List<String> parameters);
}
