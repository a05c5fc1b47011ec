package jp.mynaportal.insurance;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration waiting for the insurer's confirmation, as the insurer sees it: the insured by
 * the insurer's own link code (機関別符号-like), name, birth date and the 記号・番号 the insurer knows
 * them by (never a My Number or portal id).
 */
public record PendingRegistration(
        long registrationId,
        String linkCode,
        String name,
        LocalDate birthDate,
        String cardSymbol,
        String cardNumber,
        String receiptNumber,
        Instant appliedAt)
        implements Serializable {}
