package jp.mynaportal.application.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores a procedure's form fields in one text column. */
@Converter
public class FormFieldsConverter implements AttributeConverter<List<FormField>, String> {

    @Override
    public String convertToDatabaseColumn(List<FormField> fields) {
        return fields == null ? null : FormField.formatAll(fields);
    }

    @Override
    public List<FormField> convertToEntityAttribute(String text) {
        return text == null ? null : List.copyOf(FormField.parseAll(text));
    }
}
