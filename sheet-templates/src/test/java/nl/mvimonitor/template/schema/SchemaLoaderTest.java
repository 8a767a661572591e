package nl.mvimonitor.template.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SchemaLoaderTest {

    private final TemplateSchema schema = SchemaLoader.current();

    @Test
    void loadsAllTabsOfTheProjectSheetInOrder() {
        assertThat(schema.templateId()).isEqualTo("mvi-project");
        assertThat(schema.version()).isEqualTo(1);
        assertThat(schema.tabs()).extracting(TabSchema::key).containsExactly(
                "Project", "Doelen", "Criteria", "Borging", "Realisatie", "SROI", "Evaluatie", "Controle");
        assertThat(schema.requireTab("Project").layout()).isEqualTo(TabLayout.FORM);
        assertThat(schema.requireTab("Controle").layout()).isEqualTo(TabLayout.SERVICE);
    }

    @Test
    void readsColumnAttributes() {
        ColumnSchema cpv = schema.requireTab("Project").requireColumn("cpv_code");
        assertThat(cpv.labelNl()).isEqualTo("CPV-code");
        assertThat(cpv.requiredFromPhase()).isEqualTo(Phase.AANBESTEDEN);
        assertThat(cpv.isRequiredIn(Phase.VOORBEREIDEN)).isFalse();
        assertThat(cpv.isRequiredIn(Phase.UITVOEREN)).isTrue();
        assertThat(cpv.pattern().matcher("45233140-2").matches()).isTrue();
        assertThat(cpv.pattern().matcher("45233140").matches()).isFalse();
        assertThat(cpv.privacy()).isEqualTo(PrivacyCheck.NONE);

        ColumnSchema weging = schema.requireTab("Criteria").requireColumn("weging_pct");
        assertThat(weging.type()).isEqualTo(ColumnType.PERCENT);
        assertThat(weging.max()).isEqualByComparingTo("100");
        assertThat(weging.aliases()).contains("Weging");
    }

    @Test
    void columnKeysAreUniquePerTab() {
        for (TabSchema tab : schema.tabs()) {
            Set<String> keys = new HashSet<>();
            for (ColumnSchema column : tab.columns()) {
                assertThat(keys.add(column.key())).as(tab.key() + "." + column.key()).isTrue();
            }
        }
    }

    @Test
    void codeListsComeFromDataWithLabels() {
        CodeList themes = schema.codeList("themas");
        assertThat(themes.codes()).containsExactly("KLI", "KLA", "CIR", "MIL", "BIO", "ISV", "SRO", "DI", "INN");
        assertThat(themes.find("KLI - Klimaat (mitigatie)")).map(CodeList.Entry::code).hasValue("KLI");
        assertThat(themes.find("circulair (incl. biobased)")).map(CodeList.Entry::code).hasValue("CIR");
        assertThat(themes.find("XYZ")).isEmpty();
        assertThat(schema.codeList("eforms_bt06").codes()).containsExactly("env-imp", "soc-obj", "inn-pur", "none");
        assertThat(schema.codeList("ladderversies").codes()).containsExactly("3.1", "4.0");
        assertThat(schema.codeList("fasen").codes()).containsExactly("VOORBEREIDEN", "AANBESTEDEN", "UITVOEREN", "AFGEROND");
    }

    @Test
    void everyRuleNamesExistingTabsAndColumns() {
        for (CrossRule rule : schema.rules()) {
            TabSchema tab = schema.requireTab(rule.tab());
            for (String column : new String[] {rule.column(), rule.otherColumn(), rule.whenColumn()}) {
                if (column != null) {
                    assertThat(tab.column(column)).as(rule.code() + " column " + column).isPresent();
                }
            }
            for (String target : rule.targets()) {
                String[] parts = target.split("\\.");
                assertThat(schema.requireTab(parts[0]).column(parts[1])).as(rule.code() + " target " + target).isPresent();
            }
            for (String column : rule.groupColumns()) {
                assertThat(tab.column(column)).as(rule.code() + " group " + column).isPresent();
            }
            assertThat(rule.messageNl()).as(rule.code()).isNotBlank();
        }
    }

    @Test
    void unknownTemplateVersionFailsClearly() {
        assertThatThrownBy(() -> SchemaLoader.load("mvi-project", 99))
                .hasMessageContaining("templates/mvi-project/v99/schema.yaml");
    }
}
