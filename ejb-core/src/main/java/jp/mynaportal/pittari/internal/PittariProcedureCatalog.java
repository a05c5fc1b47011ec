package jp.mynaportal.pittari.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mynaportal.application.FieldSpec;
import jp.mynaportal.application.ProcedureCatalog;
import jp.mynaportal.application.ProcedureDefinition;
import jp.mynaportal.application.model.FormField;
import jp.mynaportal.application.model.FormFieldType;
import jp.mynaportal.pittari.PittariProcedures;
import jp.mynaportal.pittari.model.EnglishText;
import jp.mynaportal.pittari.model.MunicipalProcedure;
import jp.mynaportal.pittari.repository.ProcedureRepository;

/**
 * ぴったりサービス's procedures for the application core: a municipal procedure of the catalogue
 * with its template's typical fields, CHOICE fields with the vendored options (a CHOICE field
 * without options becomes free text); it accepts applications while published, online and
 * within its acceptance period.
 */
@ApplicationScoped
public class PittariProcedureCatalog implements ProcedureCatalog {

    @Inject
    private ProcedureRepository procedures;

    private volatile ChoiceOptions choices;

    @Override
    public String function() {
        return PittariProcedures.FUNCTION;
    }

    @Override
    public Optional<ProcedureDefinition> find(String key) {
        long id;
        try {
            id = Long.parseLong(key);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return procedures.findById(id).map(this::definition);
    }

    private ProcedureDefinition definition(MunicipalProcedure procedure) {
        return new ProcedureDefinition(
                PittariProcedures.ref(procedure.getId()),
                procedure.getName(),
                procedure.getLgCode(),
                fields(procedure),
                procedure.isSignatureRequired(),
                procedure.isPublished() && procedure.isOnlineOn(Procedures.today()),
                procedure.getEnglishText().map(EnglishText::name).orElse(null));
    }

    List<FieldSpec> fields(MunicipalProcedure procedure) {
        List<FieldSpec> fields = new ArrayList<>();
        Optional<EnglishText> english = procedure.getEnglishText();
        for (FormField field : procedure.getText().typicalFields()) {
            fields.add(spec(procedure.getTemplateId(), field)
                    .withEnglishLabel(
                            english.map(e -> e.fieldLabel(field.key())).orElse(null)));
        }
        return fields;
    }

    private FieldSpec spec(String templateId, FormField field) {
        if (field.type() != FormFieldType.CHOICE) {
            return new FieldSpec(
                    field.key(), field.label(), field.type(), field.required(), List.of(), false, false, null);
        }
        return choices()
                .find(templateId, field.key())
                .map(c -> new FieldSpec(
                                field.key(),
                                field.label(),
                                FormFieldType.CHOICE,
                                field.required(),
                                c.options(),
                                c.multiple(),
                                false,
                                null)
                        .withEnglishOptions(c.englishLabels()))
                .orElseGet(() -> new FieldSpec(
                        field.key(),
                        field.label(),
                        FormFieldType.TEXT,
                        field.required(),
                        List.of(),
                        false,
                        false,
                        null));
    }

    private ChoiceOptions choices() {
        ChoiceOptions current = choices;
        if (current == null) {
            current = ChoiceOptions.load();
            choices = current;
        }
        return current;
    }
}
