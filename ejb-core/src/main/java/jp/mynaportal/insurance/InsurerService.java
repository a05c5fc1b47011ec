package jp.mynaportal.insurance;

import java.util.List;

/**
 * The health insurer's side (the calling agency, from the container): the registrations addressed
 * to it that wait for confirmation, and confirming one. Registrations addressed to another insurer
 * behave as ids that do not exist.
 */
public interface InsurerService {

    /** The registrations waiting for this insurer, oldest first. */
    List<PendingRegistration> pending();

    /**
     * Confirms a registration: the card works as 健康保険証 from now, the application is 完了, and
     * the resident gets an お知らせ. Confirming it again changes nothing.
     *
     * @throws InsuranceException NOT_FOUND
     */
    void confirm(long registrationId, String terminal);
}
