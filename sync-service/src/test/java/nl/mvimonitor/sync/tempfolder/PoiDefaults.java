package nl.mvimonitor.sync.tempfolder;

import java.nio.file.Path;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFileCreationStrategy;

/** POI's default temporary files ({@code <java.io.tmpdir>/poifiles}) on a machine temp folder of the test's own. */
public final class PoiDefaults {

    private PoiDefaults() {
    }

    public static TempFileCreationStrategy withMachineTemp(Path machineTmp) {
        return new DefaultTempFileCreationStrategy() {
            @Override
            protected String getJavaIoTmpDir() {
                return machineTmp.toString();
            }
        };
    }
}
