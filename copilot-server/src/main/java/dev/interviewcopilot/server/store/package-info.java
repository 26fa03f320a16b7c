/**
 * SQLite storage: one database file under the data directory, opened in WAL mode with full synchronous commits,
 * versioned migrations applied at start-up, and the threads that JDBC runs on (sqlite-jdbc pins carrier threads,
 * so it stays off the request handlers' virtual threads). Repositories in the feature packages write portable SQL
 * through {@link dev.interviewcopilot.server.store.Database}; nothing here knows a feature's tables. Imports no
 * feature package.
 */
package dev.interviewcopilot.server.store;
