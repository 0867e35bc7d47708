/**
 * Benchmarks (JMH) and the seeded data generators behind the whole-process speed runs in docs/performance.md.
 * Nothing here runs in the test suite.
 */
package org.bellwether.bench;
