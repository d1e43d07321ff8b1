package org.frontdoor.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdLevelTest {

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void keepsItsNumber(int number) {
        assertThat(ThresholdLevel.of(number).number()).isEqualTo(number);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 5, -1})
    void refusesANumberOutside1To4(int number) {
        assertThatThrownBy(() -> ThresholdLevel.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} raised by {1} is {2}")
    @CsvSource({"1, 1, 2", "3, 1, 4", "4, 1, 4", "2, 0, 2", "2, 3, 4"})
    void risesButNeverAboveFour(int from, int by, int to) {
        assertThat(ThresholdLevel.of(from).raisedBy(by)).isEqualTo(ThresholdLevel.of(to));
    }

    @Test
    void namesTheContinuum() {
        assertThat(ThresholdLevel.values()).containsExactly(
                ThresholdLevel.UNIVERSAL, ThresholdLevel.ADDITIONAL, ThresholdLevel.COMPLEX, ThresholdLevel.ACUTE);
    }
}
