package nl.mvimonitor.template.read;

import java.util.List;
import java.util.Optional;

import nl.mvimonitor.template.finding.RuleCode;

/**
 * The package-level parts of an xlsx, read in the order the sheets need them: content types (macros), the root
 * relationships, the workbook (sheets, date system), its relationships, styles (date formats) and shared strings.
 * All but the shared strings are {@linkplain KeptParts kept}: files from one template share them byte for byte.
 *
 * @param sheets                 sheets in workbook order
 * @param decoder                converts cells with the workbook's shared strings, date styles and date system
 * @param customPropertiesPart   part with custom document properties, or null
 */
record WorkbookPackage(List<SheetPart> sheets, CellDecoder decoder, String customPropertiesPart) {

    private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";
    private static final String DEFAULT_CUSTOM_PROPERTIES = "docProps/custom.xml";
    private static final boolean[] NO_STYLES = new boolean[0];

    static WorkbookPackage open(PartReader parts, ReadLimits limits) {
        RelationshipsHandler root = parts.parseKept("_rels/.rels", () -> new RelationshipsHandler(""), h -> h)
                .orElseGet(() -> new RelationshipsHandler(""));
        String workbook = requireWorkbook(parts, root.partOfType("officeDocument").orElse(DEFAULT_WORKBOOK));
        WorkbookHandler book = parts.parseKept(workbook, WorkbookHandler::new, h -> h)
                .orElseThrow(() -> FileRejected.corrupt("het onderdeel " + workbook + " ontbreekt"));
        String folder = RelationshipsHandler.folderOf(workbook);
        RelationshipsHandler links = parts.parseKept(RelationshipsHandler.relsPartOf(workbook),
                () -> new RelationshipsHandler(folder), h -> h).orElseGet(() -> new RelationshipsHandler(folder));

        boolean[] dateStyles = parts.parseKept(links.partOfType("styles").orElse(folder + "styles.xml"),
                StylesHandler::new, StylesHandler::dateStyles).orElse(NO_STYLES);
        String stringsPart = links.partOfType("sharedStrings").orElse(folder + "sharedStrings.xml");
        SharedStringsHandler strings = new SharedStringsHandler(limits.maxCellChars(), stringsPart);
        parts.parseIfPresent(stringsPart, strings);

        List<SheetPart> sheets = book.sheets().stream()
                .map(s -> new SheetPart(s.name(), s.state(),
                        links.byId(s.relationshipId()).map(RelationshipsHandler.Relationship::partName).orElse(null)))
                .toList();
        CellDecoder decoder = new CellDecoder(strings.strings(), dateStyles, book.date1904());
        return new WorkbookPackage(sheets, decoder,
                root.partOfType("custom-properties").orElse(DEFAULT_CUSTOM_PROPERTIES));
    }

    /** Refuses macros, then returns the workbook part, telling a damaged xlsx from a zip that is no workbook. */
    private static String requireWorkbook(PartReader parts, String workbook) {
        Optional<ContentTypesHandler> read = parts.parseKept(ContentTypesHandler.PART, ContentTypesHandler::new, h -> h);
        boolean typed = read.isPresent();
        ContentTypesHandler contentTypes = read.orElseGet(ContentTypesHandler::new);
        MacroCheck.refuseMacros(contentTypes, parts.zip());
        if (parts.zip().find(workbook).isEmpty()) {
            throw typed && contentTypes.spreadsheet()
                    ? FileRejected.corrupt("het werkmapdeel " + workbook + " ontbreekt")
                    : new FileRejected(RuleCode.BESTAND_GEEN_XLSX, "het zip-archief bevat geen Excel-werkmap");
        }
        return workbook;
    }
}
