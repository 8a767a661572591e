package nl.mvimonitor.template.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import nl.mvimonitor.template.schema.PrivacyCheck;

/** Runs {@code conformance/privacy.json}, the cases the add-ons run against their port of the detector. */
class PersonalDataConformanceTest {

    private final PersonalDataDetector detector = new PersonalDataDetector();

    @TestFactory
    Stream<DynamicTest> detectsPersonalDataAsTheSharedCasesSay() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> run(c)));
    }

    private void run(Map<String, Object> c) {
        PrivacyCheck check = PrivacyCheck.valueOf((String) c.get("check"));
        List<PersonalDataKind> found = c.containsKey("number")
                ? detector.inNumber(((Number) c.get("number")).doubleValue(), check)
                : detector.inText((String) c.get("text"), check);
        assertThat(found).map(Enum::name).containsExactlyElementsOf(strings(c.get("expected")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        // JSON is YAML: the SnakeYAML the schema loader uses reads it without another dependency
        try (InputStream in = PersonalDataConformanceTest.class.getResourceAsStream("/conformance/privacy.json")) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> cases = (List<Map<String, Object>>) root.get("cases");
            assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
            return cases;
        }
    }
}
