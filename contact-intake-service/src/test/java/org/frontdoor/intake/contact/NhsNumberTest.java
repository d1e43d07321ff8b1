package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "4010232137", "1234567881", "4857773457"})
    void accepts_a_number_whose_last_digit_is_the_modulus_11_check_digit(String number) {
        assertThat(NhsNumber.parse(number)).contains(new NhsNumber(number));
    }

    @Test
    void ignores_the_spaces_of_the_printed_3_3_4_form() {
        assertThat(NhsNumber.parse("943 476 5919")).map(NhsNumber::digits).contains("9434765919");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "4010232138", "0000000001"})
    void refuses_a_number_with_the_wrong_check_digit(String number) {
        assertThat(NhsNumber.parse(number)).isEmpty();
    }

    @Test
    void refuses_a_number_whose_check_digit_would_be_10() {
        // 123456789 weighs to a check digit of 10, which no NHS number can have.
        assertThat(NhsNumber.parse("1234567890")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "94347659AB", "9434-765919", "+434765919"})
    void refuses_anything_but_ten_digits(String text) {
        assertThat(NhsNumber.parse(text)).isEmpty();
    }

    @Test
    void cannot_be_made_from_an_invalid_number() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NhsNumber("9434765918"));
    }
}
