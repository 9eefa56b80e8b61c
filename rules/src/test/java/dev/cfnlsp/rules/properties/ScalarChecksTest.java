package dev.cfnlsp.rules.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarChecksTest {

    @Test
    void numbersAreWhatBigDecimalReads() {
        for (String value : List.of("0", "42", "-7", "+3", " 12 ", "1.5", "1.", ".5", "-.5", "1e5", "1E-5", "2.5e+10",
                "", " ", ".", "-", "e5", "1e", "1e+", "1.2.3", "0x10", "12a", "1,000", "NaN", "Infinity", "1e9999999999",
                "--1", "1 2")) {
            assertEquals(readsAsBigDecimal(value), ScalarChecks.isNumber(value), () -> "'" + value + "'");
        }
    }

    @Test
    void onlyAsciiDigitsMakeANumber() {
        assertEquals(false, ScalarChecks.isNumber("٣"), "BigDecimal reads Arabic-Indic digits; CloudFormation does not");
    }

    private static boolean readsAsBigDecimal(String value) {
        try {
            new BigDecimal(value.trim());
            return !value.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
