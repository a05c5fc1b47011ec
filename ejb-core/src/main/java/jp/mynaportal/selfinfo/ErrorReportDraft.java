package jp.mynaportal.selfinfo;

/**
 * 内容に誤りがある場合: what the resident says is wrong with a shown record.
 *
 * @param attribute the attribute that is wrong, or null for the whole record ("this is not mine")
 * @param attachmentName the file name of an optional attachment (PDF, JPEG, PNG), or null
 */
public record ErrorReportDraft(
        long recordId,
        String attribute,
        String description,
        String attachmentName,
        String attachmentType,
        byte[] attachment) {

    /** The longest description. */
    public static final int MAX_DESCRIPTION = 1000;

    /** The largest attachment. */
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

    public ErrorReportDraft {
        attachment = attachment == null ? null : attachment.clone();
    }

    @Override
    public byte[] attachment() {
        return attachment == null ? null : attachment.clone();
    }
}
