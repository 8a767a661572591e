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
 *   <li>{@code PartReader}, {@code QuickXml} (with {@code XmlInput}, {@code XmlContent}, {@code XmlChars},
 *       {@code XmlNames}, {@code XmlAttributes}) and the {@code *Handler} classes: each XML part parsed straight from
 *       the inflater into SAX events by our strict UTF-8 parser; a part with a DOCTYPE or an unusual prolog goes to
 *       the JDK parser ({@code SecureSax}), which refuses DOCTYPEs; {@code KeptParts}: package parts shared byte
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
