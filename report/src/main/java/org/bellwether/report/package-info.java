/**
 * Reports built from facts: the market note ({@code note}), its charts ({@code chart}) and the claim checker
 * ({@code check}), which reads anyone's note and verifies its numbers.
 */
package org.bellwether.report;
