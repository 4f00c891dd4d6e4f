package org.parcours.ui.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers are read strictly as each language writes them, and written back the same way. */
class PlainNumberTest {

    private static final PlainNumber FRENCH = new PlainNumber("fr");
    private static final PlainNumber ENGLISH = new PlainNumber("en");

    @Test
    void french_reads_a_decimal_comma_and_spaces_between_thousands() {
        assertThat(FRENCH.read("12,5")).isEqualTo(new PlainNumber.Number(12.5));
        assertThat(FRENCH.read(" 12 000 ")).isEqualTo(new PlainNumber.Number(12000));
        assertThat(FRENCH.read("1\u202F200\u00A0000,25")).isEqualTo(new PlainNumber.Number(1200000.25));
        assertThat(FRENCH.read("-3")).isEqualTo(new PlainNumber.Number(-3));
    }

    @Test
    void english_reads_a_decimal_point() {
        assertThat(ENGLISH.read("12.5")).isEqualTo(new PlainNumber.Number(12.5));
        assertThat(ENGLISH.read("200000")).isEqualTo(new PlainNumber.Number(200000));
    }

    @Test
    void what_is_not_a_plain_number_of_the_language_is_refused_not_read_as_something_else() {
        for (String typed : new String[] {"2e5", "1e6", "12.5", "1.000", "12,", ",5", "12 00", "douze", "0x10",
            "Infinity", "NaN", "--1", "1 000 000 000 000 000"}) {
            assertThat(FRENCH.read(typed)).as(typed).isInstanceOf(PlainNumber.NotANumber.class);
        }
        for (String typed : new String[] {"12,5", "12,000", "1e6", "12 000", "+3", "1234567890123456"}) {
            assertThat(ENGLISH.read(typed)).as(typed).isInstanceOf(PlainNumber.NotANumber.class);
        }
        assertThat(FRENCH.read("  ")).isInstanceOf(PlainNumber.Blank.class);
    }

    @Test
    void a_number_is_written_back_as_it_is_read() {
        assertThat(FRENCH.write(12000.5)).isEqualTo("12000,5");
        assertThat(ENGLISH.write(12000.5)).isEqualTo("12000.5");
        assertThat(FRENCH.write(3)).isEqualTo("3");
        for (String typed : new String[] {"1,123456789012", "98765432,1", "0,000001", "-42"}) {
            PlainNumber.Number read = (PlainNumber.Number) FRENCH.read(typed);
            assertThat(FRENCH.write(read.value())).as(typed).isEqualTo(typed);
        }
    }
}
