/**
 * The scale-out jobs on Apache Spark: each reads an exported Parquet dataset partition by partition and runs the
 * embedded engine's kernels per symbol (or per index session), writing results that import back into the store.
 */
package org.bellwether.spark;
