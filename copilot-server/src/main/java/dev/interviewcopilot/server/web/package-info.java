/** The web app for the three users, served at {@code /} from the jar: static files, no build step, a strict CSP. */
package dev.interviewcopilot.server.web;
