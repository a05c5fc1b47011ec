package jp.mynaportal.selfinfo;

/** A downloaded answer: its bytes, file name and media type. */
public record SelfInfoDocument(byte[] content, String fileName, String mediaType) {

    /** The formats of 「PDFで保存」 and 「CSVで保存」. */
    public enum Format {
        PDF,
        CSV
    }

    public SelfInfoDocument {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
