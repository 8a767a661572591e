package nl.mvimonitor.sync.store;

/** The store and its migrations on a real PostgreSQL (see {@link TestDatabase} for where it comes from). */
class StoreOnPostgresTest extends StoreBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }

    @Override
    TestDatabase databaseAt(String version) {
        return TestDatabase.postgres(version);
    }
}
