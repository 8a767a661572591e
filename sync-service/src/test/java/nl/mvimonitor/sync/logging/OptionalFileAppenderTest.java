package nl.mvimonitor.sync.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.status.Status;

class OptionalFileAppenderTest {

    @TempDir
    Path dir;

    @Test
    void aLogFolderThatCannotBeWrittenGivesOneDutchLineAndNoErrorThatStopsTheStart() throws IOException {
        Path blocked = Files.writeString(dir.resolve("logs"), "een bestand, geen map");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        OptionalFileAppender appender = appender(context, blocked.resolve("mvi-monitor.log"));
        appender.printTo(new PrintStream(console, true, StandardCharsets.UTF_8));

        appender.start();

        assertThat(appender.isStarted()).isFalse();
        assertThat(context.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= Status.WARN);
        assertThat(console.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("Het logbestand " + blocked.resolve("mvi-monitor.log") + " kan niet worden geschreven")
                .contains("de dienst draait door zonder logbestand");
    }

    @Test
    void aWritableLogFolderIsCreatedAndUsed() {
        Path file = dir.resolve("mvi-data/logs/mvi-monitor.log");
        OptionalFileAppender appender = appender(new LoggerContext(), file);

        appender.start();

        assertThat(appender.isStarted()).isTrue();
        assertThat(file).exists();
        appender.stop();
    }

    private static OptionalFileAppender appender(LoggerContext context, Path file) {
        OptionalFileAppender appender = new OptionalFileAppender();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<?> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
        policy.setMaxFileSize(ch.qos.logback.core.util.FileSize.valueOf("10MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        return appender;
    }
}
