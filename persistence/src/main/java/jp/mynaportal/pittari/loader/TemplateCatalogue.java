package jp.mynaportal.pittari.loader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.pittari.model.ProcedureCategory;
import jp.mynaportal.pittari.model.ProcedureText;

/**
 * Reads the vendored templates from {@code pittari/procedure-templates.csv}. Form fields are
 * written {@code key|label|TYPE|R} and may use the shorthands {@code @APPLICANT}, {@code @ACCOUNT},
 * {@code @CHILD} and {@code @INSURED} for the blocks many forms share.
 */
public final class TemplateCatalogue {

    public static final String RESOURCE = "/pittari/procedure-templates.csv";

    private static final String HEADER = "id,category,name,reading,summary,eligibility,documents,submit_to,fee,"
            + "online_rate,signature,offer_rate,typical_fields";

    private static final Map<String, String> SHORTHANDS = Map.of(
            "@APPLICANT",
                    "applicant_name|申請者氏名|TEXT|R;applicant_kana|申請者氏名(ふりがな)|KANA|R;"
                            + "applicant_birth_date|申請者の生年月日|DATE|R;applicant_address|申請者の住所|ADDRESS|R;"
                            + "applicant_phone|電話番号|PHONE|R",
            "@ACCOUNT",
                    "bank_name|金融機関名|TEXT|R;bank_branch|支店名|TEXT|R;account_type|預金種目|CHOICE|R;"
                            + "account_number|口座番号|ACCOUNT|R;account_holder|口座名義(カナ)|KANA|R",
            "@CHILD", "child_name|児童の氏名|TEXT|R;child_kana|児童の氏名(ふりがな)|KANA|R;" + "child_birth_date|児童の生年月日|DATE|R",
            "@INSURED",
                    "insured_number|被保険者番号|TEXT|R;insured_name|被保険者の氏名|TEXT|R;"
                            + "insured_birth_date|被保険者の生年月日|DATE|R");

    private TemplateCatalogue() {}

    /** The vendored templates in file order. */
    public static List<TemplateDefinition> load() {
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TemplateDefinition> parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalArgumentException("Unexpected header of " + RESOURCE + ": " + header);
        }
        List<TemplateDefinition> templates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line);
            if (f.size() != 13) {
                throw new IllegalArgumentException("Line " + lineNumber + " has " + f.size() + " columns");
            }
            if (!ids.add(f.get(0))) {
                throw new IllegalArgumentException("Duplicate template id " + f.get(0));
            }
            ProcedureText text = new ProcedureText(
                    f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), fields(f.get(0), f.get(12)));
            templates.add(new TemplateDefinition(
                    f.get(0),
                    ProcedureCategory.valueOf(f.get(1)),
                    text,
                    Integer.parseInt(f.get(9)),
                    SignatureRule.fromCsv(f.get(10)),
                    Integer.parseInt(f.get(11))));
        }
        return templates;
    }

    /** Expands the shorthands and checks that every key is used once. */
    static List<FormField> fields(String templateId, String text) {
        StringBuilder expanded = new StringBuilder();
        for (String part : text.split(";")) {
            if (part.isEmpty()) {
                continue;
            }
            String replacement = part.startsWith("@") ? SHORTHANDS.get(part) : part;
            if (replacement == null) {
                throw new IllegalArgumentException(templateId + ": unknown form-field shorthand " + part);
            }
            expanded.append(expanded.length() > 0 ? ";" : "").append(replacement);
        }
        List<FormField> fields = FormField.parseAll(expanded.toString());
        Set<String> keys = new HashSet<>();
        for (FormField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException(templateId + ": form field " + field.key() + " twice");
            }
        }
        return fields;
    }

    /** Splits one CSV line; fields may be quoted with {@code "} and quotes doubled inside. */
    static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
