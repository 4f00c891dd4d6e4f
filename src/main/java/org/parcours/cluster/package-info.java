/**
 * What several Parcours nodes on one PostgreSQL database need to agree on. The database is the only thing they
 * share (answers, teams and questionnaire snapshots all live there; Vaadin's UI state stays in each node's session,
 * behind a load balancer with cookie affinity: docs/deployment.md), so coordination goes through it too: a
 * {@link org.parcours.cluster.ClusterLock} lets one node at a time run a scheduled job.
 *
 * <p>May depend on: Spring's JDBC support. Nothing of Parcours' own packages: the features use it, not the reverse.
 */
package org.parcours.cluster;
