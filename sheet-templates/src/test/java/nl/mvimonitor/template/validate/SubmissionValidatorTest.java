package nl.mvimonitor.template.validate;

import static nl.mvimonitor.template.validate.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    @Test
    void acceptsACompleteProjectWithoutFindings() {
        ValidatedSubmission result = validate(SubmissionBuilder.valid());

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(SubmissionStatus.OK);
    }
}
