package nl.mvimonitor.template.privacy;

import static nl.mvimonitor.template.privacy.PersonalDataKind.BSN;
import static nl.mvimonitor.template.privacy.PersonalDataKind.EMAIL;
import static nl.mvimonitor.template.privacy.PersonalDataKind.IBAN;
import static nl.mvimonitor.template.privacy.PersonalDataKind.PHONE;
import static nl.mvimonitor.template.schema.PrivacyCheck.FREE_TEXT;
import static nl.mvimonitor.template.schema.PrivacyCheck.NONE;
import static nl.mvimonitor.template.schema.PrivacyCheck.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonalDataDetectorTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @Test
    void flagsBsnInFreeText() {
        assertThat(detector.inText("Plaatsing van kandidaat 123456782 per 1 maart.", FREE_TEXT)).containsExactly(BSN);
    }

    @Test
    void flagsTheShortestPhoneNumberThePatternsKnow() {
        // seven digits: '+', a one-digit country code and six more; the digit count lets shorter texts skip the search
        assertThat(detector.inText("Bel +7 123456 voor de planning", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("Bel +7 12345 voor de planning", FREE_TEXT)).isEmpty();
    }

    @Test
    void flagsAnEmailAddressWrittenWithBracketedAt() {
        assertThat(detector.inText("contact: j.jansen [at] gemeente.nl", FREE_TEXT)).containsExactly(EMAIL);
        assertThat(detector.inText("contact: j.jansen (AT) gemeente.nl", NONE)).containsExactly(EMAIL);
    }

    @Test
    void flagsAnEightDigitNumberCellAsABsnWithoutItsLeadingZero() {
        // 012345672 passes the elfproef; Excel stores it as 12345672
        assertThat(detector.inNumber(12_345_672, VALUE)).containsExactly(BSN);
    }

    @Test
    void ignoresNineDigitsThatFailTheElfproef() {
        assertThat(detector.inText("Ordernummer 123456789 is verwerkt.", FREE_TEXT)).isEmpty();
    }

    @Test
    void flagsBsnWrittenWithDotsOrSpaces() {
        assertThat(detector.inText("bsn 1234.56.782", FREE_TEXT)).containsExactly(BSN);
        assertThat(detector.inText("bsn 123 456 782", FREE_TEXT)).containsExactly(BSN);
        assertThat(detector.inText("bsn 12.34.56.782", FREE_TEXT)).containsExactly(BSN);
    }

    @Test
    void acceptsCpvCodeThatPassesElfproefAsDigits() {
        // 452331407 passes the elfproef, but 45233140-7 is written as a CPV code
        assertThat(detector.inText("CPV 45233140-7 (wegenbouw)", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("45233140-7", VALUE)).isEmpty();
    }

    @Test
    void acceptsKvkNumberInFreeText() {
        // 012345672 would pass, but an 8-digit text is a KvK number, not a BSN missing its zero
        assertThat(detector.inText("Opdrachtnemer KvK 12345672", FREE_TEXT)).isEmpty();
    }

    @Test
    void acceptsAmountsWithCurrencyOrDecimals() {
        assertThat(detector.inText("Contractwaarde € 123.456.782", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("totaal 123456782 euro", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("totaal 123.456.782,00", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("factor 0,123456782", FREE_TEXT)).isEmpty();
    }

    @Test
    void acceptsDatesAndPeriods() {
        assertThat(detector.inText("Gestart op 12-03-2024, periode 2025-Q2, 2024-03-12 10:00", FREE_TEXT)).isEmpty();
    }

    @Test
    void acceptsNineDigitsInsideLongerNumbers() {
        assertThat(detector.inText("vestigingsnummer 000123456782", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("code 1123456782", FREE_TEXT)).isEmpty();
    }

    @Test
    void flagsWholeValueBsnInValueColumn() {
        assertThat(detector.inText(" 123456782 ", VALUE)).containsExactly(BSN);
        assertThat(detector.inText("1234.56.782", VALUE)).containsExactly(BSN);
    }

    @Test
    void ignoresBsnInsideLongerTextOfValueColumn() {
        assertThat(detector.inText("zie 123456782", VALUE)).isEmpty();
    }

    @Test
    void neverSearchesNoneColumnsForBsn() {
        assertThat(detector.inText("123456782", NONE)).isEmpty();
        assertThat(detector.inNumber(123456782, NONE)).isEmpty();
    }

    @Test
    void flagsBsnTypedAsNumber() {
        assertThat(detector.inNumber(123456782, VALUE)).containsExactly(BSN);
    }

    @Test
    void flagsBsnWhoseLeadingZeroExcelDropped() {
        assertThat(detector.inNumber(12345672, VALUE)).containsExactly(BSN);
    }

    @Test
    void ignoresSmallAndFractionalNumbers() {
        assertThat(detector.inNumber(1234567, VALUE)).isEmpty();
        assertThat(detector.inNumber(123456782.5, VALUE)).isEmpty();
        assertThat(detector.inNumber(Double.NaN, VALUE)).isEmpty();
    }

    @Test
    void flagsMobileNumberWhoseLeadingZeroExcelDropped() {
        assertThat(detector.inNumber(612345678, FREE_TEXT)).containsExactly(PHONE);
    }

    @Test
    void flagsEmailAddress() {
        assertThat(detector.inText("Mail j.jansen@example.nl voor vragen", FREE_TEXT)).containsExactly(EMAIL);
        assertThat(detector.inText("j.jansen (at) example.nl", FREE_TEXT)).containsExactly(EMAIL);
        assertThat(detector.inText("info@leverancier.com", NONE)).containsExactly(EMAIL);
    }

    @Test
    void flagsDutchPhoneNumbers() {
        assertThat(detector.inText("bel 06-12345678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("bel 06 1234 5678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("bel 0612345678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("bel 010-1234567", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("bel (010) 123 45 67", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("bel 0251 - 123456", FREE_TEXT)).containsExactly(PHONE);
    }

    @Test
    void flagsInternationalPhoneNumbers() {
        assertThat(detector.inText("+31 6 12345678", VALUE)).containsExactly(PHONE);
        assertThat(detector.inText("+31 (0)6 12345678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("0031 6 12345678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("+31612345678", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("+44 20 7946 0958", FREE_TEXT)).containsExactly(PHONE);
        assertThat(detector.inText("0032 2 123 45 67", FREE_TEXT)).containsExactly(PHONE);
    }

    @Test
    void flagsPhoneNumberFollowedByAnotherNumber() {
        assertThat(detector.inText("bel 06 12345678 2 keer", FREE_TEXT)).containsExactly(PHONE);
    }

    @Test
    void acceptsNumbersThatOnlyLookLikePhoneNumbers() {
        assertThat(detector.inText("CPV 03000000-1 en 09310000-5", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("op 06-03-2024 10:00 besproken", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("KvK 01234567, TenderNed 123456", FREE_TEXT)).isEmpty();
        // an IBAN is blanked before the phone search: it is a bank account, never also a phone number
        assertThat(detector.inText("IBAN NL91 ABNA 0417 1643 00", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("iban nl91 abna 0417 1643 00", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("1.234.567,89 en 12,5% in 2025-Q2", FREE_TEXT)).isEmpty();
    }

    @Test
    void reportsEveryKindInOneValue() {
        assertThat(detector.inText("123456782, a@b.nl, 06-12345678", FREE_TEXT)).containsExactly(BSN, EMAIL, PHONE);
    }

    @Test
    void treatsBlankAndNullAsClean() {
        assertThat(detector.inText(null, FREE_TEXT)).isEmpty();
        assertThat(detector.inText("   ", FREE_TEXT)).isEmpty();
    }

    @Test
    void survivesLongCellsWithoutSpaces() {
        // once overflowed the stack: an unbounded repeated group recursed once per domain label
        String longDomain = "a@" + "a.".repeat(16_000) + "1";
        assertThat(detector.inText(longDomain, FREE_TEXT)).isEmpty();
        assertThat(detector.inText("x".repeat(32_000) + " j@example.nl", FREE_TEXT)).containsExactly(EMAIL);
        assertThat(detector.inText("1.000".repeat(6_000), FREE_TEXT)).isEmpty();
    }

    @Test
    void flagsAnIbanOfAnyCountryPlainOrGroupedInAnyCase() {
        assertThat(detector.inText("Betaling op NL91ABNA0417164300.", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("gb82 west 1234 5698 7654 32", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("FR14 2004 1010 0505 0001 3M02 606", NONE)).containsExactly(IBAN);
        assertThat(detector.inText("NL91ABNA0417164300", VALUE)).containsExactly(IBAN);
    }

    @Test
    void ignoresIbanShapesWhoseCheckDigitsFail() {
        assertThat(detector.inText("NL19 ABNA 0417 1643 00", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("Project PD12 ABCD EFGH IJKL", FREE_TEXT)).isEmpty();
    }

    @Test
    void flagsAnOldDutchAccountNumberOnlyWhereTheTextSaysItIsOne() {
        // 123456789 passes the bank eleven test (and not the BSN one)
        assertThat(detector.inText("rekeningnummer 123456789", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("Bank: 12.34.56.789", FREE_TEXT)).containsExactly(IBAN);
        assertThat(detector.inText("Ordernummer 123456789", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("KvK 12345678, CPV 45233140-7, 2024-03-12, € 1.234.567", FREE_TEXT)).isEmpty();
        assertThat(detector.inText("rekening 123456789", VALUE)).isEmpty();
    }

    @Test
    void flagsPersonalDataInNamesWithUnderscoresAsSeparators() {
        assertThat(detector.inName("P-2024-022_0612345678.xlsx")).containsExactly(PHONE);
        assertThat(detector.inName("P-2024-022 123 456 782.xlsx")).containsExactly(BSN);
        assertThat(detector.inName("j.jansen@gemeente.nl")).containsExactly(EMAIL);
        assertThat(detector.inName("P-2024-022 NL91ABNA0417164300.xlsx")).containsExactly(IBAN);
        assertThat(detector.inName("P-2024-022 Renovatie gemaal.xlsx")).isEmpty();
        assertThat(detector.inName("Zuiveringsbeheer")).isEmpty();
        assertThat(detector.inName("P-2024-022 - kopie (2) 20240312.xlsx")).isEmpty();
    }
    @Test
    void flagsABsnOrPhoneNumberGluedToTheRestOfAFileNameBySeparatorsOrLetters() {
        assertThat(detector.inName("P-2024-022-111222333.xlsx")).containsExactly(BSN);
        assertThat(detector.inName("P-2024-022.123456782.xlsx")).containsExactly(BSN);
        assertThat(detector.inName("2024,123456782 offerte.xlsx")).containsExactly(BSN);
        assertThat(detector.inName("Offerte 123456782-2.xlsx")).containsExactly(BSN);
        assertThat(detector.inName("P-2024-022-0612345678.xlsx")).containsExactly(PHONE);
        assertThat(detector.inName("P-2024-022/0612345678")).containsExactly(PHONE);
        assertThat(detector.inName("P-2024-022 tel0612345678.xlsx")).containsExactly(PHONE);
        assertThat(detector.inName("P-2024-022+31612345678.xlsx")).containsExactly(PHONE);
        assertThat(detector.inName("Contact+32 470 12 34 56.xlsx")).containsExactly(PHONE);
        assertThat(detector.inName("P-2024-022-nl91abna0417164300.xlsx")).containsExactly(IBAN);
        assertThat(detector.inName("P-2024-022 nl91 abna 0417 1643 00.xlsx")).containsExactly(IBAN);
    }

    @Test
    void keepsOrdinaryFileNamesWithDatesAmountsAndCodesAsTheyAre() {
        assertThat(List.of(
                "P-2025-121 Aanbesteding 2024-03-06 EUR 1.250.000 KvK 12345678 CPV 45233140-2 2611 AB Delft.xlsx",
                "Renovatie gemaal 2025 - 45233140-2 - 06-03-2025 - 10.00 uur.xlsx",
                "Contract 06-03-2025-10.30 v2.xlsx", "Begroting € 12.500.000,00 (2024-2028).xlsx",
                "P-2024-022 KvK12345678.xlsx", "CO2-prestatieladder niveau 5 2026.xlsx",
                "Q1-2025 rapportage 06.03.2025.xlsx", "P-2024-022 Ordernr 2024-123456789.xlsx",
                "TenderNed 2024-456789 perceel 3.xlsx", "P-2024-022 CPV45233140-2.xlsx", "Fase 2+3 2025.xlsx"))
                .allSatisfy(name -> assertThat(detector.inName(name)).as(name).isEmpty());
    }
}
