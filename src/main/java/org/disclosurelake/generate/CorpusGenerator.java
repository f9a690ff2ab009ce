package org.disclosurelake.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.disclosurelake.agency.Gazetteer;
import org.disclosurelake.report.Template;

/**
 * Plans and makes a corpus: agencies with several consecutive years each (this year's 上年结转 is last year's
 * 结转下年度), forms and sizes drawn per document, a share of documents whose own numbers do not add up. Every
 * document depends only on the seed and its series, so series can be made in parallel and the bytes are the same
 * for a seed whatever the thread count.
 */
public final class CorpusGenerator {

  /** Which documents a corpus holds. */
  public enum Classes {
    /** Every form and every class of real document of issue #13; glued digits left as ambiguous as they come. */
    ALL,
    /**
     * The forms only, glued rows spaced wherever their digits would split several ways: the corpus as generated
     * before issue #13 (same bytes), which the parser reads exactly; for benchmarks of the pipeline.
     */
    BASE
  }

  /** A run of consecutive years of one agency, documents {@code first … first+years-1}. */
  public record Series(int number, int first, int years, long seed) {}

  static final int FIRST_YEAR = 2014;
  static final int LAST_YEAR = 2024;
  private static final long VARIANT_SALT = 0x6A09E667F3BCC908L;

  private final long seed;
  private final double brokenShare;
  private final AgencyPool agencies;
  private final Classes classes;

  public CorpusGenerator(long seed, double brokenShare) {
    this(seed, brokenShare, Classes.ALL);
  }

  public CorpusGenerator(long seed, double brokenShare, Classes classes) {
    if (brokenShare < 0 || brokenShare > 1) {
      throw new IllegalArgumentException("Cannot generate: broken share must be within [0, 1]: " + brokenShare);
    }
    this.seed = seed;
    this.brokenShare = brokenShare;
    this.agencies = new AgencyPool(Gazetteer.bundled());
    this.classes = classes;
  }

  /** The series covering documents 0 … count-1, in order. Cheap: no document is made. */
  public List<Series> plan(int count) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Series> out = new ArrayList<>();
    for (int first = 0, n = 0; first < count; n++) {
      int years = Math.min(count - first, 1 + r.nextInt(6));
      out.add(new Series(n, first, years, r.nextLong()));
      first += years;
    }
    return out;
  }

  /** Makes the documents of one series, in year order, handing each to {@code sink}. Thread-safe. */
  public void make(Series s, Consumer<GeneratedDocument> sink) {
    SplittableRandom r = new SplittableRandom(s.seed());
    Agency a = agencies.draw(r);
    int start = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR - s.years() + 2);
    // the classes of issue #13 draw from a stream of their own: documents without them keep their bytes
    SplittableRandom x = new SplittableRandom(s.seed() ^ VARIANT_SALT);
    long[] carried = new long[Table3Figures.COLUMNS];
    if (r.nextBoolean()) {
      carried[0] = r.nextInt(Math.max(1, a.scale() / 10) + 1);
    }
    for (int i = 0; i < s.years(); i++) {
      int year = start + i;
      ReportFigures.Year y = ReportFigures.draw(r, a, year, carried);
      Figures f = y.figures();
      if (r.nextDouble() < brokenShare) {
        f = Breakage.apply(r, f);
      }
      carried = printedForward(f, y.forward());
      OutputForm drawn = form(r, f.template());
      int target = drawn == OutputForm.HTML ? 30_000 + r.nextInt(120_000) : 10_000 + r.nextInt(30_000);
      Variant v = Variant.draw(x, f.template(), drawn);
      if (classes == Classes.BASE) {
        v = Variant.NONE;
      }
      if (v.mixedTable2()) {
        f = Table2Figures.mixed(new SplittableRandom(v.seed()), a, f);
      }
      OutputForm form = v.form(drawn);
      String name = String.format("%07d_%d_%s", s.first() + i, year, form.name().toLowerCase(java.util.Locale.ROOT));
      sink.accept(DocumentFactory.make(r, name, a, f, form, v, target));
    }
  }

  /** One document of a given form, year and size, for benchmarks and tests. */
  public GeneratedDocument sample(long docSeed, String form, int year, int targetBytes) {
    SplittableRandom r = new SplittableRandom(docSeed);
    Agency a = agencies.draw(r);
    ReportFigures.Year y = ReportFigures.draw(r, a, year, new long[Table3Figures.COLUMNS]);
    OutputForm f = OutputForm.valueOf(form.toUpperCase(java.util.Locale.ROOT));
    return DocumentFactory.make(r, "sample_" + docSeed + "_" + year, a, y.figures(), f, Variant.NONE, targetBytes);
  }

  private static long[] printedForward(Figures f, long[] drawn) {
    if (f.template() == Template.PRE2019) {
      return drawn;
    }
    long[] out = new long[Table3Figures.COLUMNS];
    for (int c = 0; c < out.length; c++) {
      out[c] = f.count("t3.forward." + org.disclosurelake.report.Vocabulary.T3_COLUMNS.get(c));
    }
    return out;
  }

  private static OutputForm form(SplittableRandom r, Template t) {
    int x = r.nextInt(100);
    if (t == Template.PRE2019) {
      return x < 70 ? OutputForm.NARRATIVE : OutputForm.HTML;
    }
    return x < 40 ? OutputForm.HTML : x < 52 ? OutputForm.PDF : x < 66 ? OutputForm.PIPE
        : x < 76 ? OutputForm.MARKDOWN : OutputForm.GLUED;
  }
}
