/** The offline evaluation CLI: suites of cases run against prompt versions and engines, with reports and gates. */
package dev.interviewcopilot.eval;
