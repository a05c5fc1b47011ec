package jp.mynaportal.application.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynaportal.application.ApplicationException;
import jp.mynaportal.application.ApplicationException.Reason;
import jp.mynaportal.application.ApplicationForm;
import jp.mynaportal.application.ApplicationService;
import jp.mynaportal.application.FieldProblem;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.auth.web.UserSession;
import jp.mynaportal.platform.web.Messages;

/**
 * The application form of one procedure: the procedure's own fields, saved as the resident goes
 * (each change is stored in the draft), attachments, 一時保存 and 「確認へすすむ」. Problems show
 * beside their fields and every value stays as typed.
 */
@Named
@ViewScoped
public class ApplicationFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_READ = 64L * 1024 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    private long id = -1;
    private ApplicationForm form;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> picks = new HashMap<>();
    private final Map<String, Boolean> checks = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();
    private transient Map<String, Part> uploads = new HashMap<>();
    private Instant savedAt;

    @PostConstruct
    void init() {
        id = ApplicationPages.idParameter();
        try {
            load();
        } catch (ApplicationException e) {
            form = null;
        }
    }

    private void load() {
        form = applications.open(id);
        values.clear();
        picks.clear();
        checks.clear();
        for (FieldSpec field : form.fields()) {
            String value = form.values().get(field.key());
            if (field.type() == FormFieldType.CHOICE && field.multiple()) {
                picks.put(
                        field.key(),
                        value == null
                                ? new ArrayList<>()
                                : new ArrayList<>(Arrays.asList(value.split(FieldSpec.MULTIPLE_SEPARATOR))));
            } else if (field.type() == FormFieldType.CHECKBOX) {
                checks.put(field.key(), "true".equals(value));
            } else {
                values.put(field.key(), value);
            }
        }
    }

    /** Saves what is typed so far (after each change, and by 一時保存). */
    public void autosave() {
        save();
    }

    /** 一時保存: saves and says until when the draft is kept. */
    public void saveDraft() {
        if (save() != null) {
            Messages.info(null, "pittari.form.saved");
        }
    }

    /** 「確認へすすむ」: saves; with problems they show beside their fields, else the confirmation page. */
    public void toConfirm() {
        List<FieldProblem> found = save();
        if (found == null) {
            return;
        }
        if (found.isEmpty()) {
            ApplicationPages.redirect(ApplicationPages.CONFIRM, id);
        } else {
            Messages.error(null, "pittari.form.hasProblems", found.size());
        }
    }

    /** 添付する for one FILE field; the other values are saved too, so nothing typed is lost. */
    public void upload(String fieldKey) {
        if (save() == null) {
            return;
        }
        Part part = uploads().get(fieldKey);
        if (part == null || part.getSize() == 0) {
            problems.put(fieldKey, Reason.FILE_EMPTY.messageKey());
            return;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(part.getSize(), MAX_READ));
            applications.attach(id, fieldKey, part.getSubmittedFileName(), content);
            problems.remove(fieldKey);
            form = applications.open(id);
        } catch (ApplicationException e) {
            problems.put(fieldKey, e.reason().messageKey());
        } catch (IOException e) {
            problems.put(fieldKey, Reason.FILE_EMPTY.messageKey());
        } finally {
            uploads().remove(fieldKey);
        }
    }

    /** 削除 of an attached file. */
    public void removeFile(String fieldKey) {
        if (save() == null) {
            return;
        }
        applications.removeAttachment(id, fieldKey);
        form = applications.open(id);
    }

    /** Stores the values; returns the form's problems, or null when the application cannot change. */
    private List<FieldProblem> save() {
        try {
            List<FieldProblem> found = applications.save(id, collected());
            savedAt = Instant.now();
            problems.clear();
            found.forEach(p -> problems.put(p.fieldKey(), p.messageKey()));
            form = applications.open(id);
            return found;
        } catch (ApplicationException e) {
            Messages.error(null, e.reason().messageKey());
            return null;
        }
    }

    private Map<String, String> collected() {
        Map<String, String> all = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                all.put(key, value);
            }
        });
        picks.forEach((key, list) -> all.put(key, String.join(FieldSpec.MULTIPLE_SEPARATOR, list)));
        checks.forEach((key, checked) -> all.put(key, Boolean.TRUE.equals(checked) ? "true" : ""));
        return all;
    }

    private Map<String, Part> uploads() {
        if (uploads == null) {
            uploads = new HashMap<>();
        }
        return uploads;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public boolean isFound() {
        return form != null;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, List<String>> getPicks() {
        return picks;
    }

    public Map<String, Boolean> getChecks() {
        return checks;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public Map<String, Part> getUploads() {
        return uploads();
    }

    /** When the draft was last saved from this page (Japan time), or null. */
    public String getSavedAt() {
        return savedAt == null ? null : TIME.format(savedAt.atZone(JAPAN));
    }

    /** Until when the draft is kept (Japan time), or null once submitted. */
    public String getKeptUntil() {
        return form == null || form.expiresAt() == null
                ? null
                : TIME.format(form.expiresAt().atZone(JAPAN));
    }

    public long getId() {
        return id;
    }
}
