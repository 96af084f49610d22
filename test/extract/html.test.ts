/** HTML parts as text: entities of every Latin language come out as their letters. */
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../src/extract/html.ts";

describe("entities", () => {
  it.for([
    ["Swedish letters", "Med v&auml;nliga h&auml;lsningar, Ebba Nordstr&ouml;m", "Med vänliga hälsningar, Ebba Nordström"],
    ["capitals are other letters", "&Auml;rzte &auml;rzte &Eacute;cole", "Ärzte ärzte École"],
    ["the ends of the Latin-1 range", "&nbsp;&iexcl;&yuml;&thorn;", " ¡ÿþ"],
    ["numeric and named punctuation", "&#8211; &#x2014; &euro;&trade; &szlig;", "– — €™ ß"],
    ["upper-case spellings of the basic ones", "&AMP; &LT;", "& <"],
    ["unknown names stay as written", "&notanentity; &zz;", "&notanentity; &zz;"],
  ] as const)("%s", ([, html, text]) => {
    expect(decodeEntities(html)).toBe(text);
  });

  it("decodes them in a signature read from HTML", () => {
    expect(htmlToText("<p>Ebba Nordstr&ouml;m<br>Granhult Systems AB</p>")).toContain("Ebba Nordström\nGranhult Systems AB");
  });
});
