/** Alert rules: the YAML or JSON rule file, checked line by line, and the conditions it can state. */
package org.bellwether.alerts.rules;
