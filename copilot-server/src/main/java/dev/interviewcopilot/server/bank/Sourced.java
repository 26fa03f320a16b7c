package dev.interviewcopilot.server.bank;

/** A value read from a bank file, with the file it came from, so later checks can say where a problem is. */
record Sourced<T>(String file, T value) {}
