package jp.mynaportal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.mynaportal.platform.InputText;

/**
 * The one input rule on every field of every form ({@code isDefault}: Faces applies it to each
 * input of every page, including those added later): what a person typed is refused beside its
 * field, and kept in the field, when it holds control characters (NUL, escape, … ; line breaks and
 * tabs only in a text area) or half a surrogate pair, or when it has more characters (code points,
 * as people count them) than the field's {@code maxlength}. The services check their own rules on
 * top ({@link InputText}), for REST as well.
 */
@FacesValidator(value = InputTextValidator.ID, isDefault = true)
public class InputTextValidator implements Validator<Object> {

    /** The validator's id. */
    public static final String ID = "mynaportal.inputText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        int maxLength = maxLength(component);
        InputText.Problem problem =
                InputText.problem(text, maxLength > 0 ? maxLength : Integer.MAX_VALUE, isMultiline(component));
        if (problem == null) {
            return;
        }
        ResourceBundle bundle =
                ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale());
        String message = problem == InputText.Problem.TOO_LONG
                ? new MessageFormat(
                                bundle.getString("platform.input.tooLong"),
                                context.getViewRoot().getLocale())
                        .format(new Object[] {maxLength, InputText.length(text)})
                : bundle.getString("platform.input.controlCharacter");
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    private static boolean isMultiline(UIComponent component) {
        return component instanceof HtmlInputTextarea
                || "textarea".equals(component.getAttributes().get("type"));
    }

    private static int maxLength(UIComponent component) {
        Object maxLength = component.getAttributes().get("maxlength");
        if (!(maxLength instanceof Number number && number.intValue() > 0)) {
            Object passedThrough = component.getPassThroughAttributes(false) == null
                    ? null
                    : component.getPassThroughAttributes(false).get("maxlength");
            if (passedThrough != null) {
                maxLength = passedThrough;
            }
        }
        if (maxLength instanceof Number number) {
            return number.intValue();
        }
        if (maxLength instanceof String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
