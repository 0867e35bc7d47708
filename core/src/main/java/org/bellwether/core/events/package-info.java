/** Event studies: the market model, abnormal returns and their cumulative sum with its t-statistic. */
package org.bellwether.core.events;
