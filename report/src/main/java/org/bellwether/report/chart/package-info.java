/** The note's charts, drawn with JFreeChart on the server and written as SVG (JFreeSVG) and PNG. */
package org.bellwether.report.chart;
