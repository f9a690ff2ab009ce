package org.disclosurelake.spark;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL statement kind of a Spark or Delta plan node, by class name, for refusal messages; and the commands a
 * client of {@code serve} may run. Names, not classes, so that one list covers the Spark 3.5 and 4.x class sets.
 */
final class StatementKinds {

  /** Commands that only read metadata or change the client's own session view (SET is checked by key). */
  static final Set<String> ALLOWED_COMMANDS =
      Set.of(
          "SetCommand",
          "ResetCommand",
          "SetCatalogAndNamespace",
          "SetNamespaceCommand",
          "SetCatalogCommand",
          "ShowTables",
          "ShowTablesCommand",
          "ShowTableExtended",
          "ShowViews",
          "ShowViewsCommand",
          "ShowNamespaces",
          "ShowCatalogs",
          "ShowCatalogsCommand",
          "ShowCurrentNamespace",
          "ShowCurrentNamespaceCommand",
          "ShowColumns",
          "ShowColumnsCommand",
          "ShowFunctions",
          "ShowFunctionsCommand",
          "ShowTableProperties",
          "ShowTablePropertiesCommand",
          "ShowCreateTable",
          "ShowCreateTableCommand",
          "ShowPartitions",
          "ShowPartitionsCommand",
          "DescribeRelation",
          "DescribeTableCommand",
          "DescribeColumn",
          "DescribeColumnCommand",
          "DescribeNamespace",
          "DescribeDatabaseCommand",
          "DescribeFunction",
          "DescribeFunctionCommand",
          "DescribeQueryCommand",
          "DescribeDeltaDetailCommand",
          "DescribeDeltaHistory",
          "DescribeDeltaHistoryCommand",
          "ExplainCommand");

  /**
   * Plan nodes that write or run code without being a Spark {@code Command}: parsed statements Delta resolves later
   * (RESTORE even runs while it is analysed), Delta's DML nodes, and Hive's TRANSFORM … USING script.
   */
  static final Set<String> WRITING_NODES =
      Set.of("InsertIntoStatement", "DeltaDelete", "DeltaUpdateTable", "DeltaMergeInto", "ScriptTransformation");

  private record Kind(Pattern name, String sql) {}

  // first match wins; tested against the simple class name
  private static final List<Kind> KINDS =
      List.of(
          kind("^(Delete|DeltaDelete)", "DELETE"),
          kind("^(Update|DeltaUpdate)", "UPDATE"),
          kind("Merge", "MERGE"),
          kind("^(Insert|AppendData|Overwrite|ReplaceData|WriteDelta|WriteToDataSource)", "INSERT"),
          kind("^(CacheTable)", "CACHE"),
          kind("^(UncacheTable|ClearCache)", "UNCACHE"),
          kind("^CreateFunction", "CREATE FUNCTION"),
          kind("^(Create.*View|AlterViewAs)", "CREATE VIEW"),
          kind("^(Create|ReplaceTable|CloneTable)", "CREATE"),
          kind("^Drop", "DROP"),
          kind("^Truncate", "TRUNCATE"),
          kind("^Optimize", "OPTIMIZE"),
          kind("^Vacuum", "VACUUM"),
          kind("^Restore", "RESTORE"),
          kind("^ConvertToDelta", "CONVERT TO DELTA"),
          kind("^AddJar", "ADD JAR"),
          kind("^AddFile", "ADD FILE"),
          kind("^AddArchive", "ADD ARCHIVE"),
          kind("^List(Jar|File|Archive)", "LIST"),
          kind("^LoadData", "LOAD"),
          kind("^Refresh", "REFRESH"),
          kind("^Analyze", "ANALYZE"),
          kind("^(RepairTable|RecoverPartitions)", "MSCK REPAIR"),
          kind("^(Alter|Rename|AddColumns|ReplaceColumns|DropColumns|SetTable|UnsetTable|AddPartitions|"
              + "SetNamespace|CommentOn|AddConstraint|DropConstraint)", "ALTER"),
          kind("^ScriptTransformation", "TRANSFORM … USING"),
          kind("^SetCommand", "SET"),
          kind("^ResetCommand", "RESET"),
          kind("^DeltaGenerate", "GENERATE"));

  private StatementKinds() {}

  /** The SQL kind of a plan node, e.g. {@code DELETE} for Delta's {@code DeleteCommand}; else the class name. */
  static String of(Object node) {
    String name = node.getClass().getSimpleName();
    for (Kind k : KINDS) {
      if (k.name().matcher(name).find()) {
        return k.sql();
      }
    }
    return name;
  }

  private static Kind kind(String regex, String sql) {
    return new Kind(Pattern.compile(regex), sql);
  }
}
