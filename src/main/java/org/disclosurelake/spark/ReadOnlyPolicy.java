package org.disclosurelake.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.HiveTableRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.command.ResetCommand;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import scala.Option;
import scala.Tuple2;

/**
 * What a client of {@code serve} may run: queries over the lake's registered tables (and the views over them), plus
 * SET of harmless session options, USE, SHOW, DESCRIBE and EXPLAIN. Everything else — writes, DDL, caching, jars,
 * path queries, reflection, scripts, settings that would weaken these checks — is refused with a
 * {@link Refused} naming the statement kind. Decides on Spark's parsed and analysed plans, never on SQL text.
 *
 * @param tables the lake's tables as {@code database.table}, lower case
 * @param logFolders the {@code _delta_log} folders of those tables: Delta reads them with internal queries
 * @param settings the server's values of every {@linkplain #guardsTheLake guarded} setting
 */
public record ReadOnlyPolicy(Set<String> tables, List<String> logFolders, Map<String, String> settings) {

  /** Thrown for a statement the endpoint refuses; the Thrift server returns its message to the JDBC client. */
  public static final class Refused extends SecurityException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private static final String READ_ONLY =
      "serve is read-only: it runs queries over the lake's tables and views, and SET, USE, SHOW, DESCRIBE, EXPLAIN";

  // settings a client could use to reach files, code or secrets, or to switch these checks off
  private static final List<String> GUARDED_PREFIXES =
      List.of("spark.sql.catalog.", "spark.sql.legacy.", "spark.sql.redaction.", "spark.sql.hive.", "spark.sql.sources.");
  private static final Set<String> GUARDED_KEYS =
      Set.of(
          "spark.sql.runsqlonfiles",
          "spark.sql.variable.substitute",
          "spark.sql.extensions",
          "spark.sql.warehouse.dir",
          "spark.sql.defaultcatalog",
          "spark.sql.catalogimplementation",
          "spark.sql.globaltempdatabase");

  // relations that hold no lake data and read no files: VALUES, SELECT without FROM, range(), CTE references,
  // in-memory data of the server's own DataFrames, and the names SHOW/DESCRIBE/USE resolve
  private static final Set<String> HARMLESS_LEAVES =
      Set.of(
          "LocalRelation",
          "OneRowRelation",
          "Range",
          "CTERelationRef",
          "LogicalRDD",
          "ResolvedNamespace",
          "ResolvedTable",
          "ResolvedPersistentView",
          "ResolvedTempView",
          "ResolvedIdentifier");

  private static final String DELTA_LOG_INDEX = "org.apache.spark.sql.delta.DeltaLogFileIndex";

  public ReadOnlyPolicy {
    tables = Set.copyOf(tables);
    logFolders = List.copyOf(logFolders);
    settings = Map.copyOf(settings);
  }

  /** The policy for these tables ({@code database.table}) and log folders, with the server's guarded settings. */
  public static ReadOnlyPolicy of(Set<String> tables, List<String> logFolders, Map<String, String> serverSettings) {
    Set<String> lower = new TreeSet<>();
    tables.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
    return new ReadOnlyPolicy(lower, logFolders, guarded(serverSettings));
  }

  /** Whether a client may not change this setting: it is not a spark.sql option, or one that guards the lake. */
  public static boolean guardsTheLake(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return !k.startsWith("spark.sql.") || GUARDED_KEYS.contains(k) || GUARDED_PREFIXES.stream().anyMatch(k::startsWith);
  }

  /** Checks a statement as parsed: refuses commands, writes and guarded SETs before Spark analyses anything. */
  public void checkParsed(LogicalPlan plan) {
    walk(plan, ReadOnlyPolicy::checkStatement);
  }

  /** Checks an analysed plan: statements again, then every relation and every function it uses. */
  public void checkAnalysed(LogicalPlan plan) {
    walk(
        plan,
        node -> {
          checkStatement(node);
          checkRelation(node);
          for (Expression e : iterable(node.expressions())) {
            checkExpression(e);
          }
        });
  }

  /** Refuses every statement of a session whose guarded settings differ from the server's (e.g. set by its URL). */
  public void checkSession(Map<String, String> sessionSettings) {
    Map<String, String> session = guarded(sessionSettings);
    Set<String> keys = new TreeSet<>(session.keySet());
    keys.addAll(settings.keySet());
    for (String key : keys) {
      if (!Objects.equals(session.get(key), settings.get(key))) {
        throw new Refused(
            "Cannot run statements in this session: its setting " + key + " is " + session.get(key) + ", not "
                + settings.get(key) + " (a connection may not change settings that guard the lake; reconnect without it)");
      }
    }
  }

  private static Map<String, String> guarded(Map<String, String> all) {
    Map<String, String> out = new TreeMap<>();
    all.forEach(
        (k, v) -> {
          if (k.toLowerCase(Locale.ROOT).startsWith("spark.sql.") && guardsTheLake(k)) {
            out.put(k.toLowerCase(Locale.ROOT), v);
          }
        });
    return out;
  }

  private static void checkStatement(LogicalPlan node) {
    String name = node.getClass().getSimpleName();
    if (node instanceof SetCommand set) {
      checkSet(set);
    } else if (node instanceof ResetCommand reset) {
      Option<String> key = reset.config();
      if (key.isDefined() && guardsTheLake(key.get())) {
        throw new Refused("Cannot run RESET " + key.get() + " through serve: the setting guards the lake");
      }
    } else if (node instanceof Command && !StatementKinds.ALLOWED_COMMANDS.contains(name)
        || StatementKinds.WRITING_NODES.contains(name)
        || name.endsWith("Statement")) {
      throw new Refused("Cannot run " + StatementKinds.of(node) + " through serve: " + READ_ONLY);
    }
  }

  private static void checkSet(SetCommand set) {
    Option<Tuple2<String, Option<String>>> kv = set.kv();
    if (kv.isDefined() && kv.get()._2().isDefined() && guardsTheLake(kv.get()._1())) {
      throw new Refused(
          "Cannot run SET " + kv.get()._1() + " through serve: only spark.sql.* session options that do not guard"
              + " the lake may be set (see docs/serve.md)");
    }
  }

  private void checkRelation(LogicalPlan node) {
    // commands were judged by checkStatement; SHOW, DESCRIBE, SET… are leaves that read no relation
    if (!node.children().isEmpty() || node instanceof Command || HARMLESS_LEAVES.contains(node.getClass().getSimpleName())) {
      return;
    }
    if (node instanceof LogicalRelation relation) {
      if (relation.catalogTable().isDefined()) {
        expectLakeTable(relation.catalogTable().get());
        return;
      }
      if (isDeltaLogRead(relation)) {
        return;
      }
      throw new Refused(
          "Cannot query a file path through serve: only the lake's tables and views can be read (" + describe(relation) + ")");
    }
    if (node instanceof HiveTableRelation hive) {
      expectLakeTable(hive.tableMeta());
      return;
    }
    throw new Refused(
        "Cannot read " + node.getClass().getSimpleName() + " through serve: only the lake's tables and views can be read");
  }

  private void expectLakeTable(CatalogTable table) {
    String name = (table.identifier().database().isDefined() ? table.identifier().database().get() + "." : "")
        + table.identifier().table();
    if (!tables.contains(name.toLowerCase(Locale.ROOT))) {
      throw new Refused("Cannot read table " + name + " through serve: it is not one of the lake's tables");
    }
  }

  /** Delta's own reads of a registered table's log (snapshot updates), which no SQL statement can produce. */
  private boolean isDeltaLogRead(LogicalRelation relation) {
    if (!(relation.relation() instanceof HadoopFsRelation fs) || !fs.location().getClass().getName().equals(DELTA_LOG_INDEX)) {
      return false;
    }
    for (org.apache.hadoop.fs.Path root : iterable(fs.location().rootPaths())) {
      String path = root.toString();
      if (logFolders.stream().noneMatch(folder -> path.startsWith(folder + "/"))) {
        return false;
      }
    }
    return true;
  }

  private static String describe(LogicalRelation relation) {
    if (relation.relation() instanceof HadoopFsRelation fs) {
      return fs.fileFormat().toString() + " files at " + fs.location().rootPaths().mkString(", ");
    }
    return relation.relation().getClass().getSimpleName();
  }

  private static void checkExpression(Expression e) {
    String name = e.getClass().getName();
    if (name.endsWith(".CallMethodViaReflection")) {
      throw new Refused("Cannot call reflect or java_method through serve: Java reflection is refused");
    }
    if (name.startsWith("org.apache.spark.sql.hive.Hive") && name.contains("UD")) {
      throw new Refused("Cannot call the Hive function " + e.prettyName() + " through serve: user code is refused");
    }
    for (Expression child : iterable(e.children())) {
      checkExpression(child);
    }
  }

  /** Visits a plan, its children, the plans of its subquery expressions and inner plans such as EXPLAIN's. */
  private static void walk(LogicalPlan plan, Consumer<LogicalPlan> visit) {
    visit.accept(plan);
    for (LogicalPlan child : iterable(plan.children())) {
      walk(child, visit);
    }
    for (LogicalPlan subquery : iterable(plan.subqueries())) {
      walk(subquery, visit);
    }
    for (QueryPlan<?> inner : iterable(plan.innerChildren())) {
      if (inner instanceof LogicalPlan logical) {
        walk(logical, visit);
      }
    }
  }

  /** A Scala collection as a Java Iterable (scala.collection.Iterable is the same on Scala 2.12 and 2.13). */
  private static <T> Iterable<T> iterable(scala.collection.Iterable<T> items) {
    return () -> {
      scala.collection.Iterator<T> it = items.iterator();
      return new java.util.Iterator<T>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          return it.next();
        }
      };
    };
  }
}
