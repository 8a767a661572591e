package nl.mvimonitor.template.read;

import java.util.Map;

import javax.xml.stream.XMLInputFactory;

/**
 * One read's open file: its parts and the workbook-level data, able to stream a sheet into a {@link RowSink}.
 * Closed after the read, which frees the native inflater.
 */
final class OpenWorkbook implements AutoCloseable {

    private final PartReader parts;
    private final WorkbookPackage workbook;
    private final ReadLimits limits;

    private OpenWorkbook(PartReader parts, WorkbookPackage workbook, ReadLimits limits) {
        this.parts = parts;
        this.workbook = workbook;
        this.limits = limits;
    }

    /** Checks the container and opens the zip and the workbook parts; throws {@link FileRejected}. */
    static OpenWorkbook open(byte[] content, ReadLimits limits, XMLInputFactory xml, KeptParts kept) {
        if (content.length > limits.maxFileBytes()) {
            throw FileRejected.fileTooLarge(limits);
        }
        ContainerCheck.requireZip(content);
        ZipDirectory zip = ZipDirectory.parse(content, limits);
        PartReader parts = new PartReader(zip, new InflationBudget(limits), xml, kept);
        try {
            return new OpenWorkbook(parts, WorkbookPackage.open(parts, limits), limits);
        } catch (RuntimeException e) {
            parts.close();
            throw e;
        }
    }

    @Override
    public void close() {
        parts.close();
    }

    WorkbookPackage workbook() {
        return workbook;
    }

    /** Streams the sheet's cells into the sink, then calls {@link RowSink#finish()}. */
    <S extends RowSink> S read(SheetPart sheet, S sink) {
        if (sheet.partName() == null) {
            throw FileRejected.corrupt("het tabblad '" + sheet.shownName()
                    + "' verwijst naar een onderdeel dat ontbreekt");
        }
        parts.parseRequired(sheet.partName(), new SheetHandler(sheet.shownName(), workbook.decoder(), limits, sink));
        sink.finish();
        return sink;
    }

    /** Custom document properties by name; empty when the file has none. */
    Map<String, String> customProperties() {
        CustomPropertiesHandler handler = new CustomPropertiesHandler();
        parts.parseIfPresent(workbook.customPropertiesPart(), handler);
        return handler.properties();
    }

    /**
     * Last step of a read: no XML part of the file may carry a DOCTYPE, parsed or not, and every part that was read
     * only in part must match its CRC-32 too.
     */
    void checkRemainingParts() {
        parts.checkUnparsedPrologs();
        parts.verifyPartlyRead();
    }
}
