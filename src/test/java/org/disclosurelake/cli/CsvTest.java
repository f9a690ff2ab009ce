package org.disclosurelake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndEndsRecordsWithCrlf() {
    StringWriter sw = new StringWriter();
    Csv.write(
        new PrintWriter(sw),
        List.of("agency", "note"),
        List.of(Arrays.asList("深州市", "a,b"), Arrays.asList("say \"hi\"", null), List.of("two\nlines", "x"),
            List.of(" padded ", "cr\rhere"), List.of("", "x"))
            .iterator());
    assertEquals(
        "agency,note\r\n深州市,\"a,b\"\r\n\"say \"\"hi\"\"\",\r\n\"two\nlines\",x\r\n padded ,\"cr\rhere\"\r\n\"\",x\r\n", sw.toString());
  }
}
