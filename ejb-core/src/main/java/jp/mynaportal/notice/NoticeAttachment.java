package jp.mynaportal.notice;

/** A notice's PDF attachment. */
public record NoticeAttachment(String fileName, byte[] content) {}
