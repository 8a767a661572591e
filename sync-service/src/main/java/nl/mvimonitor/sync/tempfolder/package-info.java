/**
 * The service's own folder for temporary files ({@code mvi.temp.dir}, under the data folder): created and cleared
 * of what killed processes left at start, and the one place that points Apache POI's process-wide temporary files
 * there instead of the machine-wide {@code /tmp/poifiles}.
 */
package nl.mvimonitor.sync.tempfolder;
