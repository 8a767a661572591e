package nl.mvimonitor.sync.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a source to count what is opened, and to make chosen files fail to open as a broken share would. */
public final class CountingSource implements SpreadsheetSource {

    private final SpreadsheetSource delegate;
    private final AtomicInteger opens = new AtomicInteger();
    private final Set<String> opened = ConcurrentHashMap.newKeySet();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    public CountingSource(SpreadsheetSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public List<SourceFile> list() throws IOException {
        return delegate.list();
    }

    @Override
    public InputStream open(SourceFile file) throws IOException {
        opens.incrementAndGet();
        opened.add(file.path());
        if (failing.contains(file.path())) {
            throw new IOException("share offline for " + file.path());
        }
        return delegate.open(file);
    }

    /** Makes opening this path fail with an IO error. */
    public void failOpening(String path) {
        failing.add(path);
    }

    public int opens() {
        return opens.get();
    }

    /** Paths opened since the last {@link #reset()}. */
    public Set<String> opened() {
        return Set.copyOf(opened);
    }

    public void reset() {
        opens.set(0);
        opened.clear();
    }
}
