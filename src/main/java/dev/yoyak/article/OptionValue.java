package dev.yoyak.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A request option whose values are the constants of an enum, written in lower case: the enum is the one
 * definition that validation, the API description and the error messages read.
 */
public interface OptionValue {

    /** The name of the constant, as the constant is written in requests and answers. */
    String name();

    /** The request and answer form of this value. */
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every value of an option, in declaration order. */
    static List<String> values(Class<? extends OptionValue> option) {
        return Arrays.stream(option.getEnumConstants()).map(OptionValue::value).toList();
    }
}
