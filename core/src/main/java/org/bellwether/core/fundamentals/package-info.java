/** Balance-sheet facts: interest coverage, the as-of rule for fiscal periods, and the simple and strict zombie tests. */
package org.bellwether.core.fundamentals;
