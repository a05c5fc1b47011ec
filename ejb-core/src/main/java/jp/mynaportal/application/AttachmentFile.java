package jp.mynaportal.application;

/** An attachment's bytes with the name and type to send it under. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
