package dyad.model;

/** Told of every replication a run finishes, for example to show progress; called on the replaying thread. */
@FunctionalInterface
public interface ReplicationListener {

    ReplicationListener NONE = () -> {
    };

    void replicationDone();
}
