package org.disclosurelake.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.Function1;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The Spark session extension ({@code spark.sql.extensions}) that makes {@code serve} read-only: once
 * {@link #enforce} is called — after the server registered the lake — every statement of every session of this JVM
 * is checked against the {@link ReadOnlyPolicy} twice: as parsed (so nothing Delta runs while analysing, such as
 * RESTORE, can start) and as analysed, by a check rule that sees the resolved relations and functions.
 */
public final class ReadOnlyGuard extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {

  private static final AtomicReference<ReadOnlyPolicy> POLICY = new AtomicReference<>();

  /** From now on, every statement in this JVM must pass the policy. */
  public static void enforce(ReadOnlyPolicy policy) {
    POLICY.set(policy);
  }

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectParser(new ParserBuilder());
    extensions.injectCheckRule(new CheckRuleBuilder());
    return BoxedUnit.UNIT;
  }

  private static final class CheckRuleBuilder extends AbstractFunction1<SparkSession, Function1<LogicalPlan, BoxedUnit>> {
    @Override
    public Function1<LogicalPlan, BoxedUnit> apply(SparkSession session) {
      return new CheckRule(session);
    }
  }

  /** Runs after Spark's own analysis checks, on every analysed plan of the session, nested ones included. */
  private static final class CheckRule extends AbstractFunction1<LogicalPlan, BoxedUnit> {
    private final SparkSession session;

    CheckRule(SparkSession session) {
      this.session = session;
    }

    @Override
    public BoxedUnit apply(LogicalPlan plan) {
      ReadOnlyPolicy policy = POLICY.get();
      if (policy != null) {
        policy.checkSession(settings(session));
        policy.checkAnalysed(plan);
      }
      return BoxedUnit.UNIT;
    }
  }

  /** The session's explicitly set options (Spark's configuration included), as SET lists them. */
  static Map<String, String> settings(SparkSession session) {
    Map<String, String> out = new HashMap<>();
    scala.collection.Iterator<scala.Tuple2<String, String>> it = session.conf().getAll().iterator();
    while (it.hasNext()) {
      scala.Tuple2<String, String> kv = it.next();
      out.put(kv._1(), kv._2());
    }
    return out;
  }

  private static final class ParserBuilder extends AbstractFunction2<SparkSession, ParserInterface, ParserInterface> {
    @Override
    public ParserInterface apply(SparkSession session, ParserInterface delegate) {
      return checkingParser(delegate);
    }
  }

  /**
   * The session's parser (Delta's, wrapping Spark's), checking every plan it returns (parsePlan, parseQuery, and
   * parsePlanWithParameters on 4.x). A proxy rather than a class implementing ParserInterface, whose methods differ
   * between Spark 3.5 and 4.x.
   */
  static ParserInterface checkingParser(ParserInterface delegate) {
    return (ParserInterface)
        Proxy.newProxyInstance(
            ParserInterface.class.getClassLoader(),
            new Class<?>[] {ParserInterface.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              ReadOnlyPolicy policy = POLICY.get();
              if (policy != null && result instanceof LogicalPlan plan) {
                policy.checkParsed(plan);
              }
              return result;
            });
  }
}
