package pe.ceropapel.frontend;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import pe.ceropapel.api.PlainTexts;

/** Checks {@link PlainText} by {@link PlainTexts}. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || PlainTexts.isPlain(text);
    }
}
