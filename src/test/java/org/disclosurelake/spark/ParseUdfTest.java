package org.disclosurelake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.apache.spark.sql.Row;
import org.disclosurelake.parse.Limits;
import org.junit.jupiter.api.Test;

/** The parse function keeps its limits through the Java serialisation that ships it to the executors. */
class ParseUdfTest {

  @Test
  void limitsSurviveTheTripToAnExecutor() throws IOException, ClassNotFoundException {
    Limits limits = Limits.DEFAULTS.withMaxFileBytes(100).withParseTimeout(Duration.ofSeconds(7))
        .withHtml(Limits.Html.DEFAULTS.withMaxRows(4)).withMaxPdfPages(2).withMaxDocParagraphs(9)
        .withOcr(new Limits.Ocr(3, 1_000_000, 200));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ParseUdf(limits));
    }
    ParseUdf shipped;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      shipped = (ParseUdf) in.readObject();
    }

    assertEquals(limits, shipped.limits());
    Row row = shipped.call(new byte[101], "big.txt");
    assertEquals("oversize: 101 bytes > limit 100 bytes", row.getString(LakeSchema.PARSED.fieldIndex("rejected")));
  }
}
