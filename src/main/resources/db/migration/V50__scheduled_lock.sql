-- One row per cluster-wide job (org.parcours.cluster.ClusterLock): which node holds it, since when, and until when
-- no other node may run it.
CREATE TABLE scheduled_lock (
    name         VARCHAR(64)              NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(255)             NOT NULL
);
