package pe.ceropapel.frontend;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link PlainText}; also used where text is checked outside bean validation. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    /** Control, format (such as bidirectional overrides) and lone surrogate characters, apart from tabs and line breaks. */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\t\\n\\r]]");

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || isPlain(text);
    }

    public static boolean isPlain(CharSequence text) {
        return !HIDDEN.matcher(text).find();
    }
}
