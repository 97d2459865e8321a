/**
 * Gold annotations: what a careful reader finds in a news article, in the format of the
 * development corpus ({@code corpus/README.md}). {@link io.github.newsevents.testkit.gold.Gold}
 * and its parts are immutable values; {@link io.github.newsevents.testkit.gold.GoldFormat} reads
 * and writes them. Writing is canonical and byte-stable: a file that {@code GoldFormat} wrote (or
 * one in the corpus's layout, which is Python's {@code json.dumps(indent=1)}) reads and writes back
 * byte for byte. Fields the format does not know are kept in order ({@code unknownFields()}) and
 * written back, or refused when the format {@linkplain
 * io.github.newsevents.testkit.gold.GoldFormat#rejectingUnknownFields() rejects unknown fields};
 * they are never dropped. A bad file is a {@link
 * io.github.newsevents.testkit.gold.GoldFormatException} naming the file and the JSON path. No
 * method accepts or returns {@code null}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    depluralizeDictionary = {"party:parties", "alias:aliases", "paragraphSegment:paragraphSegments"},
    defaultAsDefault = false,
    // no annotation found on the compile path (org.immutables.value.Generated above all) goes into
    // the generated classes: a user compiling with -Xlint:all without the Immutables annotations
    // would get a warning for each (issue 19); Override is the one that is always there
    allowedClasspathAnnotations = Override.class)
package io.github.newsevents.testkit.gold;

import org.immutables.value.Value;
