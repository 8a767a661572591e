package nl.mvimonitor.sync.store;

/** The store and its migrations on H2, the embedded default. */
class StoreOnH2Test extends StoreBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }

    @Override
    TestDatabase databaseAt(String version) {
        return TestDatabase.h2(version);
    }
}
