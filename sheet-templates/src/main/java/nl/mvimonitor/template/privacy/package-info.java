/**
 * Detection of personal data (BSN, e-mail, phone numbers) in cell values. Pure functions without dependencies, so
 * the add-ons can port them rule for rule; the shared cases are in {@code src/test/resources/conformance/privacy.json}.
 */
package nl.mvimonitor.template.privacy;
