package jp.mynaportal.application.model;

import java.io.Serializable;

/**
 * What is known of an attachment without its bytes: the form field it answers, the file name the
 * resident gave, its checked type, size and SHA-256 (hex).
 */
public record AttachmentInfo(
        long id, String fieldKey, String fileName, String contentType, long sizeBytes, String sha256)
        implements Serializable {}
