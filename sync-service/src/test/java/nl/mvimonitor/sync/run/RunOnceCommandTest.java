package nl.mvimonitor.sync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import nl.mvimonitor.sync.store.RunStatus;

class RunOnceCommandTest {

    private final SyncRuns runs = mock(SyncRuns.class);
    private final RunOnceCommand command = new RunOnceCommand(runs);

    @Test
    void exitsWithZeroWhenTheRunCompletedEvenWithFindings() {
        when(runs.runOnce()).thenReturn(report(RunStatus.COMPLETED, 12));

        assertThat(command.execute(new DefaultApplicationArguments("--run-once"))).isZero();
    }

    @Test
    void exitsWithOneWhenTheRunFailed() {
        when(runs.runOnce()).thenReturn(report(RunStatus.FAILED, 0));

        assertThat(command.execute(new DefaultApplicationArguments("--run-once"))).isEqualTo(1);
    }

    @Test
    void strayArgumentsAreBadUsageAndStartNoRun() {
        assertThat(command.execute(new DefaultApplicationArguments("--run-once", "inbox"))).isEqualTo(2);

        verify(runs, never()).runOnce();
    }

    private static RunReport report(RunStatus status, int errors) {
        return new RunReport(1, status, 3, 3, 0, 0, 0, errors, 0, List.of(), Duration.ZERO, null);
    }
}
