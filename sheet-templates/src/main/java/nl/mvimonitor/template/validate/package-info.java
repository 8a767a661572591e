/**
 * Validation of a read {@link nl.mvimonitor.template.submission.Submission} against its
 * {@link nl.mvimonitor.template.schema.TemplateSchema}: {@link nl.mvimonitor.template.validate.SubmissionValidator}
 * turns raw cells into typed rows and findings in one pass. Everything else here is package-private: cell conversion
 * per column type (with the Dutch number and date rules), required-by-phase, the schema's cross rules, template and
 * data-quality checks, and the order findings are shown in. The rules are pinned, for Java and the add-ons alike, by
 * {@code src/test/resources/conformance/cases.json}; docs/validation-rules.md explains them.
 */
package nl.mvimonitor.template.validate;
