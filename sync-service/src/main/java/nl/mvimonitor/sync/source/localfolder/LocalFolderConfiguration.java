package nl.mvimonitor.sync.source.localfolder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the local folder as a source unless {@code mvi.source.local.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "mvi.source.local.enabled", matchIfMissing = true)
class LocalFolderConfiguration {

    @Bean
    LocalFolderSource localFolderSource(LocalFolderSettings settings) {
        return new LocalFolderSource(settings.id(), settings.root());
    }
}
