package dyad.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void numbersHaveSixDecimalsWhateverTheLocale() {
        assertEquals("0.000000", CsvTable.number(0));
        assertEquals("0.000000", CsvTable.number(-0.0000001));
        assertEquals("-0.500000", CsvTable.number(-0.5));
        assertEquals("12.760000", CsvTable.number(12.76));
        assertEquals("0.000001", CsvTable.number(0.000001));
        assertEquals("-1.000000", CsvTable.number(-1));
        assertEquals("1234567.123457", CsvTable.number(1234567.1234567));
        assertEquals("NA", CsvTable.number(Double.NaN));
        assertEquals("20000000000000.000000", CsvTable.number(2e13));
    }
}
