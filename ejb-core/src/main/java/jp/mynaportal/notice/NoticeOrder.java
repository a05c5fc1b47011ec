package jp.mynaportal.notice;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A notice as an agency or a connected site writes it through an API: title, body, validity (whole
 * days, Japan time), an optional link and an optional PDF. The audience is given beside it.
 *
 * @param linkUrl an http(s) address, or null
 * @param attachmentName the PDF's file name, or null when there is no PDF
 * @param attachment the PDF, or null
 */
public record NoticeOrder(
        String title,
        String body,
        LocalDate validFrom,
        LocalDate validUntil,
        String linkUrl,
        String attachmentName,
        byte[] attachment)
        implements Serializable {

    public NoticeOrder {
        attachment = attachment == null ? null : attachment.clone();
    }

    @Override
    public byte[] attachment() {
        return attachment == null ? null : attachment.clone();
    }
}
