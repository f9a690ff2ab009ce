package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The serve policy on real parsed and analysed plans of the shared session, without running them and without the
 * Thrift server (ServeIT runs it end to end). The session allows path queries (spark.sql.runSQLOnFiles is on), so
 * the policy alone must refuse them.
 */
class ReadOnlyPolicyIT {

  private static final String DB = "policy_it";

  @TempDir static Path tmp;

  private static SparkSession spark;
  private static ReadOnlyPolicy policy;
  private static String table;

  @BeforeAll
  static void tableAndView() {
    spark = SharedSpark.session();
    table = tmp.resolve("numbers").toUri().toString();
    spark.range(5).selectExpr("id", "id * 2 AS twice").write().format("delta").save(table);
    spark.sql("CREATE DATABASE IF NOT EXISTS " + DB);
    spark.sql("CREATE TABLE " + DB + ".numbers USING delta LOCATION '" + table + "'");
    spark.sql("CREATE OR REPLACE VIEW default.policy_numbers AS SELECT * FROM " + DB + ".numbers");
    policy = ReadOnlyPolicy.of(Set.of(DB + ".numbers"), List.of(table + "/_delta_log"), Map.of("spark.sql.runSQLOnFiles", "false"));
  }

  /** Parses, checks, analyses, checks again: what the guard does before Spark would run the statement. */
  private static void check(String sql) throws Exception {
    LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(sql.replace("TABLE_PATH", table));
    policy.checkParsed(parsed);
    LogicalPlan analysed = spark.sessionState().analyzer().execute(parsed);
    spark.sessionState().analyzer().checkAnalysis(analysed);
    policy.checkAnalysed(analysed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT count(*) FROM policy_numbers",
        "SELECT twice FROM policy_it.numbers WHERE id IN (SELECT id FROM policy_numbers WHERE id > 1)",
        "WITH x AS (SELECT * FROM policy_numbers) SELECT max(id) FROM x",
        "SELECT * FROM policy_it.numbers VERSION AS OF 0",
        "SELECT 1, explode(array(1, 2))",
        "SELECT * FROM range(3)",
        "SET spark.sql.shuffle.partitions=4",
        "SET spark.sql.session.timeZone=UTC",
        "SET",
        "SET -v",
        "SET spark.sql.runSQLOnFiles",
        "RESET",
        "USE default",
        "SHOW TABLES",
        "SHOW DATABASES",
        "SHOW COLUMNS IN policy_numbers",
        "SHOW CREATE TABLE policy_numbers",
        "DESCRIBE policy_numbers",
        "DESCRIBE EXTENDED policy_it.numbers",
        "DESCRIBE HISTORY policy_it.numbers",
        "EXPLAIN SELECT count(*) FROM policy_numbers"
      })
  void allows(String sql) {
    assertDoesNotThrow(() -> check(sql), sql);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DELETE FROM delta.`TABLE_PATH` WHERE id = 1 | DELETE",
        "DELETE FROM policy_it.numbers | DELETE",
        "UPDATE policy_it.numbers SET twice = 0 | UPDATE",
        "MERGE INTO policy_it.numbers t USING policy_numbers s ON t.id = s.id WHEN MATCHED THEN DELETE | MERGE",
        "INSERT INTO policy_it.numbers SELECT * FROM policy_numbers | INSERT",
        "WITH x AS (SELECT * FROM policy_numbers) INSERT INTO policy_it.numbers SELECT * FROM x | INSERT",
        "INSERT OVERWRITE DIRECTORY '/tmp/policy-it' USING parquet SELECT 1 | INSERT",
        "CREATE TABLE policy_it.t (a INT) USING delta | CREATE",
        "CREATE TABLE policy_it.t USING delta AS SELECT * FROM policy_numbers | CREATE",
        "CREATE TEMPORARY VIEW v USING text OPTIONS (path '/etc/hostname') | CREATE VIEW",
        "CREATE VIEW v AS SELECT 1 | CREATE VIEW",
        "CREATE TEMPORARY FUNCTION f AS 'java.lang.String' | CREATE FUNCTION",
        "CREATE FUNCTION f AS 'x.Y' USING JAR '/tmp/x.jar' | CREATE FUNCTION",
        "DROP TABLE policy_it.numbers | DROP",
        "DROP VIEW policy_numbers | DROP",
        "ALTER TABLE policy_it.numbers SET TBLPROPERTIES ('a' = 'b') | ALTER",
        "TRUNCATE TABLE policy_it.numbers | TRUNCATE",
        "OPTIMIZE policy_it.numbers | OPTIMIZE",
        "VACUUM policy_it.numbers RETAIN 0 HOURS | VACUUM",
        "RESTORE TABLE policy_it.numbers TO VERSION AS OF 0 | RESTORE",
        "CACHE TABLE policy_numbers | CACHE",
        "UNCACHE TABLE policy_numbers | UNCACHE",
        "CLEAR CACHE | UNCACHE",
        "ADD JAR /tmp/x.jar | ADD JAR",
        "ADD FILE /etc/hostname | ADD FILE",
        "LOAD DATA LOCAL INPATH '/etc/hostname' INTO TABLE policy_it.numbers | LOAD",
        "REFRESH TABLE policy_numbers | REFRESH",
        "CONVERT TO DELTA parquet.`/tmp/policy-it` | CONVERT TO DELTA",
        "SELECT TRANSFORM(id) USING 'cat' AS (x) FROM policy_numbers | TRANSFORM",
        "SELECT reflect('java.lang.System', 'getenv', 'HOME') | reflect",
        "SELECT java_method('java.lang.System', 'getProperty', 'user.home') | reflect",
        "SELECT * FROM text.`/etc/hostname` | file path",
        "SELECT * FROM binaryFile.`/etc/hostname` | file path",
        "SELECT * FROM csv.`/etc/hostname` | file path",
        "SELECT * FROM json.`TABLE_PATH/_delta_log/00000000000000000000.json` | file path",
        "SELECT * FROM parquet.`TABLE_PATH` | file path",
        "SELECT * FROM delta.`TABLE_PATH` | file path",
        "SELECT count(*) FROM policy_numbers WHERE EXISTS (SELECT 1 FROM text.`/etc/hostname`) | file path",
        "WITH f AS (SELECT * FROM text.`/etc/hostname`) SELECT * FROM f | file path",
        "SET spark.sql.runSQLOnFiles=true | SET spark.sql.runSQLOnFiles",
        "SET spark.sql.variable.substitute=true | SET spark.sql.variable.substitute",
        "SET spark.sql.catalog.files=org.apache.spark.sql.execution.datasources.v2.jdbc.JDBCTableCatalog | SET spark.sql.catalog",
        "SET spark.sql.legacy.setCommandRejectsSparkCoreConfs=false | SET spark.sql.legacy",
        "SET fs.file.impl=org.apache.hadoop.fs.RawLocalFileSystem | SET fs.file.impl",
        "SET spark.databricks.delta.retentionDurationCheck.enabled=false | SET spark.databricks",
        "RESET spark.sql.runSQLOnFiles | RESET spark.sql.runSQLOnFiles"
      })
  void refusesNamingTheKind(String sql, String kind) {
    ReadOnlyPolicy.Refused refused = assertThrows(ReadOnlyPolicy.Refused.class, () -> check(sql), sql);
    assertTrue(refused.getMessage().contains(kind), sql + " -> " + refused.getMessage());
  }

  @org.junit.jupiter.api.Test
  void refusesASessionWhoseGuardedSettingsChanged() {
    assertDoesNotThrow(() -> policy.checkSession(Map.of("spark.sql.runSQLOnFiles", "false", "spark.sql.shuffle.partitions", "9")));
    ReadOnlyPolicy.Refused refused =
        assertThrows(ReadOnlyPolicy.Refused.class, () -> policy.checkSession(Map.of("spark.sql.runSQLOnFiles", "true")));
    assertTrue(refused.getMessage().contains("spark.sql.runsqlonfiles"), refused.getMessage());
    assertThrows(
        ReadOnlyPolicy.Refused.class,
        () -> policy.checkSession(Map.of("spark.sql.runSQLOnFiles", "false", "spark.sql.catalog.x", "y")));
  }
}
