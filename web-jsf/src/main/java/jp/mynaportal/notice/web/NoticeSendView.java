package jp.mynaportal.notice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import jp.mynaportal.notice.NoticeDelivery;
import jp.mynaportal.notice.NoticeDraft;
import jp.mynaportal.notice.NoticeException;
import jp.mynaportal.notice.SentNotice;
import jp.mynaportal.platform.web.ClientAddress;
import jp.mynaportal.platform.web.Messages;

/**
 * お知らせの配信 at the counter: staff write a notice to the residents of their municipality who meet
 * the criteria (or to one resident), see how many it reaches, and send it.
 */
@Named
@ViewScoped
public class NoticeSendView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long ATTACHMENT_MAX = 5L * 1024 * 1024;

    @Inject
    private NoticeDelivery delivery;

    private final NoticeDraft draft = new NoticeDraft();
    private List<String> municipalities = List.of();
    private transient Part upload;
    private Long reach;
    private Long sentId;

    @PostConstruct
    void init() {
        municipalities = delivery.municipalities();
        if (!municipalities.isEmpty()) {
            draft.setLgCode(municipalities.get(0));
        }
    }

    /** 配信先の人数を確認する. */
    public void preview() {
        try {
            reach = delivery.reach(draft);
        } catch (NoticeException e) {
            Messages.error("send:" + e.field(), e.messageKey());
        }
    }

    /** 配信する. */
    public void send() {
        try {
            if (upload != null && upload.getSize() > 0) {
                if (upload.getSize() > ATTACHMENT_MAX) {
                    Messages.error("send:attachment", "notice.send.attachment.invalid");
                    return;
                }
                try (InputStream in = upload.getInputStream()) {
                    draft.attach(upload.getSubmittedFileName(), in.readAllBytes());
                }
            }
            reach = delivery.reach(draft);
            sentId = delivery.send(draft, ClientAddress.current());
            Messages.info(null, "notice.send.done");
        } catch (NoticeException e) {
            Messages.error("send:" + e.field(), e.messageKey());
        } catch (IOException e) {
            Messages.error("send:attachment", "notice.send.attachment.invalid");
        }
    }

    public List<SentNotice> getSent() {
        return draft.getLgCode() == null ? List.of() : delivery.sent(draft.getLgCode());
    }

    public NoticeDraft getDraft() {
        return draft;
    }

    public List<String> getMunicipalities() {
        return municipalities;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public Long getReach() {
        return reach;
    }

    public Long getSentId() {
        return sentId;
    }
}
