package nl.mvimonitor.sync.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import nl.mvimonitor.template.schema.SchemaLoader;

class LowerBoundTest {

    @TempDir
    Path dir;

    @Test
    void parsesEveryWorksheetAndTheSharedStringsOfACorpusFile() throws Exception {
        BenchmarkCorpus generator = new BenchmarkCorpus(SchemaLoader.current(), 3L, 4,
                new PrintStream(OutputStream.nullOutputStream()));
        Path file = dir.resolve("sheet.xlsx");
        Files.write(file, generator.workbook(generator.plan(0)));
        long sheets = SchemaLoader.current().tabs().size() + 2; // the template's tabs, _lijsten and _meta

        assertThat(new LowerBound().parse(file)).isEqualTo(sheets + 1);
    }

    @Test
    void countsWorksheetsAndSharedStringsOnly() {
        assertThat(LowerBound.counts("xl/worksheets/sheet1.xml")).isTrue();
        assertThat(LowerBound.counts("xl/worksheets/sheet12.xml")).isTrue();
        assertThat(LowerBound.counts("xl/sharedStrings.xml")).isTrue();
        assertThat(LowerBound.counts("xl/worksheets/_rels/sheet1.xml.rels")).isFalse();
        assertThat(LowerBound.counts("xl/styles.xml")).isFalse();
        assertThat(LowerBound.counts("xl/workbook.xml")).isFalse();
        assertThat(LowerBound.counts("xl/tables/table1.xml")).isFalse();
    }

    @Test
    void oneParserServesManyFiles() throws Exception {
        Path a = zip("a.xlsx", "<worksheet/>");
        Path b = zip("b.xlsx", "<worksheet><sheetData/></worksheet>");
        LowerBound parser = new LowerBound();

        assertThat(parser.parse(a) + parser.parse(b) + parser.parse(a)).isEqualTo(3);
    }

    @Test
    void refusesADoctypeAsTheDefinitionAsks() throws Exception {
        Path hostile = zip("hostile.xlsx", "<!DOCTYPE x [<!ENTITY e \"e\">]><worksheet>&e;</worksheet>");

        assertThatThrownBy(() -> new LowerBound().parse(hostile)).isInstanceOf(SAXException.class);
    }

    private Path zip(String name, String sheetXml) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/_rels/sheet1.xml.rels"));
            zip.write("not xml at all".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
