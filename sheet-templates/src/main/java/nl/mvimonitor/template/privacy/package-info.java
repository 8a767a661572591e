/**
 * Detection of personal data (BSN, e-mail, phone and bank account numbers) in cell values and in names (files,
 * folders, tabs), and {@link nl.mvimonitor.template.privacy.SafeName}, a name as it may be shown, stored or logged.
 * Pure functions without dependencies, so the add-ons can port them rule for rule; the shared cases are in
 * {@code src/test/resources/conformance/privacy.json}.
 */
package nl.mvimonitor.template.privacy;
