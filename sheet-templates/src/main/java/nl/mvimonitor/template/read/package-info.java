/**
 * Reads a filled project sheet into a {@link nl.mvimonitor.template.submission.Submission}: {@link
 * nl.mvimonitor.template.read.SubmissionReader} and its {@link nl.mvimonitor.template.read.ReadLimits}.
 *
 * <p>How it is built, from the file inwards:
 * <ul>
 *   <li>{@code ContainerCheck}, {@code ZipDirectory}, {@code PartPaths}, {@code EntryInputStream},
 *       {@code InflationBudget}: the xlsx as an untrusted zip held in memory, entry names that leave the archive
 *       refused, local headers checked against the central directory, entries inflated on demand, every inflated
 *       byte counted and every part used checked against its CRC-32 and size;</li>
 *   <li>{@code PartReader}, {@code StaxPartParser} (with {@code XmlParsers}, {@code XmlLimits},
 *       {@code StaxAttributes}) and the {@code *Handler} classes: each XML part parsed straight from the inflater by
 *       hardened Woodstox (no DTD, bounded depth, attributes and text; ADR 0007), its events handed to the handlers
 *       as SAX callbacks; a DOCTYPE anywhere is refused; {@code KeptParts}: package parts shared byte
 *       for byte between files parsed once; {@code MacroCheck}: macros present or only declared;</li>
 *   <li>{@code SheetHandler} and the {@code RowSink}s ({@code TableTabReader}, {@code FormTabReader},
 *       {@code HeaderProbe}, {@code MetaSheetReader}): a sheet streamed row by row, only wanted cells converted;</li>
 *   <li>{@code TabBinder}, {@code ColumnBinding}, {@code ColumnDrift}: sheets and columns bound to the schema
 *       (docs/adr/0001-template-workbook-layout.md) and drift reported as findings; {@code TabNames}: how a tab
 *       name is shown (shortened when Excel would not allow it).</li>
 * </ul>
 * Anything wrong with the file itself is a {@code FileRejected}, which the reader turns into a quarantined
 * submission; nothing here throws for bad content.
 */
package nl.mvimonitor.template.read;
