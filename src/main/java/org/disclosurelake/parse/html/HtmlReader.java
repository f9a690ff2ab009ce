package org.disclosurelake.parse.html;

import java.util.ArrayList;
import java.util.List;
import org.disclosurelake.parse.Body;
import org.disclosurelake.parse.Decoder;
import org.disclosurelake.parse.FormReader;
import org.disclosurelake.parse.TextNormalizer;
import org.disclosurelake.report.Form;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads HTML pages into a {@link Body}. First version: block text only (tables to be flattened into rows). */
public final class HtmlReader implements FormReader {

  @Override
  public Body read(byte[] bytes, String source) {
    Decoder.Decoded decoded = Decoder.decode(bytes);
    Document doc = Jsoup.parse(decoded.text());
    List<String> lines = new ArrayList<>(TextNormalizer.lines(doc.body().wholeText()));
    return new Body(Form.HTML, decoded.charset().name(), lines, doc.title(), null, List.of());
  }
}
