package nl.mvimonitor.sync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The MVI Monitor sync service: pulls project sheets, validates them and writes the MVI team's and board's workbooks. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MviMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(MviMonitorApplication.class, args);
    }
}
