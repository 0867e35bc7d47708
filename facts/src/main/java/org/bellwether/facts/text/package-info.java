/**
 * How facts are written out: their wording in sentences (number formats, number words, verbs), used by the note and
 * the alerts, and Bellwether's JSON conventions, used by the CLI, the API, the alerts and Spark.
 */
package org.bellwether.facts.text;
